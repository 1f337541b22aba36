// axe-core over every page, ar, light (see a11y.mjs).
import { a11yTest } from "./a11y.mjs";

a11yTest("ar", "light");
