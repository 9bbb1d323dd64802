/**
 * withJupyterDisplay: gives an object a non-enumerable `[Symbol.for("Jupyter.display")]()` method, so
 * notebooks show it richly while its JSON form and equality stay as they were.
 */
import { JUPYTER_DISPLAY, type JupyterBundle } from "./types.js";

/**
 * Attaches the notebook display protocol to an object: a non-enumerable, read-only method under
 * `Symbol.for("Jupyter.display")` that returns `bundle(object)` when the notebook asks for it (the
 * bundle is built lazily, on display). `JSON.stringify`, `Object.keys` and deep equality ignore it.
 *
 * A frozen object cannot take a new property, so it is copied (same prototype and properties, values
 * shared) and the copy is frozen; an object that is not frozen gets the method in place and is
 * returned as it is, for its owner to freeze.
 *
 * @param object - the object to display, e.g. a frame before it is returned by `defineFrame`
 * @param bundle - builds the MIME bundle of the object
 * @returns the object (or its frozen copy) with the display method
 *
 * @example
 * ```ts
 * import { JUPYTER_DISPLAY, withJupyterDisplay } from "valueframe/render";
 * const shown = withJupyterDisplay(Object.freeze({ a: 1 }), () => ({ "text/markdown": "**1**", "text/html": "<b>1</b>", "text/plain": "1" }));
 * shown[JUPYTER_DISPLAY]()["text/plain"]; //=> "1"
 * JSON.stringify(shown); //=> '{"a":1}'
 * ```
 */
export function withJupyterDisplay<T extends object>(object: T, bundle: (object: T) => JupyterBundle): T & { readonly [JUPYTER_DISPLAY]: () => JupyterBundle } {
  const frozen = Object.isFrozen(object);
  const target: T = frozen ? (Object.create(Object.getPrototypeOf(object) as object | null, Object.getOwnPropertyDescriptors(object)) as T) : object;
  Object.defineProperty(target, JUPYTER_DISPLAY, {
    value: function display(): JupyterBundle {
      return bundle(target);
    },
    enumerable: false,
    writable: false,
    configurable: false,
  });
  if (frozen) Object.freeze(target);
  return target as T & { readonly [JUPYTER_DISPLAY]: () => JupyterBundle };
}
