// Moved to cli/mock/ with the Prism launcher that uses it.
export * from "../cli/mock/free-port.js";
