// The launcher lives in scripts/ because `npm start` and `npm run mock` use it too.
export * from "../../scripts/prism.js";
export * from "../../scripts/free-port.js";
