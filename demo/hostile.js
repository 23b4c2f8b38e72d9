// Globals that trip up bundles which assume a clean window: an AMD loader, a CommonJS shim, a
// fake `process`, and prototypes other scripts have "extended".
window.define = function define() { throw new Error('hostile AMD define() was called'); };
window.define.amd = { jQuery: true };
window.module = { exports: {} };
window.exports = window.module.exports;
window.process = { env: { NODE_ENV: 'development' } };
window.React = 'not React';
window.THREE = 'not three';
Object.defineProperty(Array.prototype, 'hostileExtra', { value: function () { return 'hi'; }, enumerable: true });
