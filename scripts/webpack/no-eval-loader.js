// Rewrites the one `new Function(""+callback)` in exceljs' bundled setImmediate polyfill (reached only when a string
// is passed instead of a function) into a thrown TypeError, so no eval-like code ships under the pages' strict CSP.
// The build fails if the pattern disappears from a new exceljs version, so the rewrite never silently stops applying.
module.exports = function noEvalLoader(source) {
  const pattern = /new Function\(""\+(\w+)\)/g;
  if (!pattern.test(source)) {
    this.emitError(new Error("no-eval-loader: the setImmediate polyfill's new Function was not found in exceljs; review the loader."));
    return source;
  }
  return source.replace(pattern, (_m, name) => `(function(){throw new TypeError("setImmediate: "+typeof ${name})})`);
};
