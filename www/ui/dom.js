// Small DOM helpers shared by the page's modules. Article text only ever enters the page as text
// nodes (strings given to el() or append()), never as HTML.

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** Builds an element; children are nodes or strings (strings become text nodes). Props: `class`,
 * `text` (its text), `on<event>` (a listener), a DOM property (non-string values), or an attribute. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}
