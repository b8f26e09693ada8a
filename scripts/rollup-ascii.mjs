// Rollup plugins that keep every shipped JavaScript file ASCII-only. A classic script is decoded
// in the host page's encoding when its server sends no charset: on a windows-1252 CMS page the
// Arabic and French strings (and a typographic quote) would otherwise become a syntax error.
// Terser's `ascii_only` escapes strings, regular expressions and identifiers, but leaves tagged
// templates alone (a tag may read the raw text), so Lit's templates are escaped first.
import terser from '@rollup/plugin-terser';

const NON_ASCII = /[^\0-\x7f]/;
const escape = (text) =>
  text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Lit's tags: they read a template's cooked strings only, so an escape renders the same. */
const LIT_TAGS = new Set(['html', 'svg', 'css']);

/**
 * A transform that rewrites the raw text of every tagged template in the modules `include`
 * accepts: `rewrite(tagNode, raw)` returns the new text, or undefined to leave it.
 */
export function rewriteTemplates(name, include, rewrite) {
  const walk = (node, visit) => {
    if (!node || typeof node.type !== 'string') return;
    visit(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
      else if (value && typeof value === 'object') walk(value, visit);
    }
  };
  return {
    name,
    transform(code, id) {
      if (!include(code, id)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const text = rewrite(node.tag, raw);
          if (text !== undefined && text !== raw) edits.push([quasi.start, quasi.end, text]);
        }
      });
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}

/** Escapes non-ASCII characters inside html``, svg`` and css`` templates. */
export const asciiTemplates = () =>
  rewriteTemplates(
    'ascii-templates',
    (code, id) => NON_ASCII.test(code) && /\.[cm]?[jt]s$/.test(id),
    (tag, raw) => {
      const name = tag.type === 'Identifier' ? tag.name : tag.property?.name;
      return LIT_TAGS.has(name) ? escape(raw) : undefined;
    },
  );

/**
 * For the unminified npm build: a module that still holds non-ASCII is reprinted by terser
 * without compressing or mangling (comments kept, escaped too); the others are left as
 * TypeScript wrote them.
 */
export function asciiOnly() {
  const printer = terser({
    ecma: 2021,
    module: true,
    compress: false,
    mangle: false,
    format: {
      ascii_only: true,
      beautify: true,
      indent_level: 2,
      preserve_annotations: true,
      comments: (_node, comment) => {
        comment.value = escape(comment.value);
        return true;
      },
    },
  });
  return {
    name: 'ascii-only',
    renderChunk(code, ...rest) {
      return NON_ASCII.test(code) ? printer.renderChunk.call(this, code, ...rest) : null;
    },
  };
}
