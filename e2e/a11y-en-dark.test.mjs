// axe-core over every page, en-US, dark (see a11y.mjs).
import { a11yTest } from "./a11y.mjs";

a11yTest("en-US", "dark");
