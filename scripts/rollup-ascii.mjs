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

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

/** Escapes non-ASCII characters inside html``, svg`` and css`` templates. */
export function asciiTemplates() {
  return {
    name: 'ascii-templates',
    transform(code, id) {
      if (!NON_ASCII.test(code) || !/\.[cm]?[jt]s$/.test(id)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag.type === 'Identifier' ? node.tag.name : node.tag.property?.name;
        if (!LIT_TAGS.has(tag)) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          if (NON_ASCII.test(raw)) edits.push([quasi.start, quasi.end, escape(raw)]);
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
