// The Prism launcher ships with the CLI (`sobot-cc mock`), so it lives in cli/mock/.
export * from "../cli/mock/prism.js";
