// Generates custom-elements.json from the elements' JSDoc and `static properties`, then makes it
// describe the package as it ships: paths point at dist/*.js (src/ is not published), internal
// state (`state: true`, private fields) is neither an attribute nor a member, and each element's
// registering module (`mhpss-directory/define/<element>`) is listed with its definition.
import { existsSync } from 'node:fs';

const toDist = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** Rewrites every `path` and `module` reference from a source file to the file that ships. */
function rewritePaths(value) {
  if (Array.isArray(value)) value.forEach(rewritePaths);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') {
        value[key] = toDist(child);
      } else rewritePaths(child);
    }
  }
}

const isPublic = (member) => !member.privacy || member.privacy === 'public';

function shippedManifest() {
  return {
    name: 'mhpss-shipped-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const definitions = [];
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          const members = decl.members ?? [];
          const publicFields = new Set(members.filter(isPublic).map((m) => m.name));
          // A getter/setter pair is listed twice: keep one entry per (static) name.
          const seen = new Set();
          decl.members = members.filter((m) => {
            const key = `${m.static ? 'static ' : ''}${m.name}`;
            if (!isPublic(m) || seen.has(key)) return false;
            seen.add(key);
            return true;
          });
          decl.attributes = (decl.attributes ?? []).filter(
            (a) => !a.fieldName || publicFields.has(a.fieldName),
          );
          decl.slots ??= [];
          const registering = mod.path.replace(/\.component\.ts$/, '.ts');
          if (decl.tagName && existsSync(registering)) {
            const declaration = { name: decl.name, module: mod.path };
            definitions.push({
              kind: 'javascript-module',
              path: registering,
              declarations: [],
              exports: [
                { kind: 'js', name: decl.name, declaration },
                { kind: 'custom-element-definition', name: decl.tagName, declaration },
              ],
            });
          }
        }
      }
      manifest.modules.push(...definitions);
      rewritePaths(manifest.modules);
    },
  };
}

export default {
  globs: ['src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [shippedManifest()],
};
