// Watchfloor's collections, from ../schema.json (see ../collections.js).
migrate(
  (app) => require(`${__hooks}/../collections.js`).sync(app),
  (app) => require(`${__hooks}/../collections.js`).drop(app),
);
