/// <reference path="../pb_data/types.d.ts" />
// Watchfloor's collections, from ../schema.json (see ../collections.js).
migrate(
  (app) => require(`${__hooks}/../collections.js`).sync(app),
  (app) => require(`${__hooks}/../collections.js`).drop(app),
);
