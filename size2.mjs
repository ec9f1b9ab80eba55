import esbuild from "esbuild";
import { builtinModules } from "node:module";
const r = await esbuild.build({ entryPoints: [process.argv[2]], bundle: false, write: false, format: "esm", target: "es2022", charset: "utf8", minify: true, mangleProps: /^_/ });
console.log(r.outputFiles[0].text);
