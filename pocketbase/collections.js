// Brings PocketBase's collections in line with schema.json (PocketBase's
// JSVM, CommonJS; required by the migrations in pb_migrations/). Every
// migration may call sync(): it creates what is missing and updates what
// differs, so a later change of schema.json ships as one more migration
// file calling sync() again.
//
// For each collection of schema.json: a base collection with exactly its
// fields (a field whose type changed is dropped and made again, losing its
// values; a field schema.json no longer lists is dropped), each field's
// options from field_options, one index per field listed in indexes (and
// none of its own others), and `rule` as its list, view, create, update
// and delete rule (signed-in users only). A collection schema.json no
// longer lists is left alone. drop() is the down step of the first
// migration; a later sync migration's down step should do nothing. The built-in `users` auth collection, the team's sign-in, gets no
// public sign-up: only a superuser creates accounts.
//
// __hooks is the absolute --hooksDir (PocketBase sets it in migrations
// too): schema.json is found next to it, so --hooksDir must be
// pocketbase/pb_hooks.

/** schema.json, parsed. */
function schema() {
  return JSON.parse(toString($os.readFile(`${__hooks}/../schema.json`)));
}

function indexName(collection, field) {
  return `idx_${collection}_${field}`;
}

function sync(app) {
  const s = schema();
  for (const name of Object.keys(s.collections)) {
    const fields = s.collections[name];
    let collection;
    try {
      collection = app.findCollectionByNameOrId(name);
    } catch (_) {
      collection = new Collection({ type: "base", name });
    }

    // Drop fields schema.json does not list (the id stays: it is listed).
    const stale = [];
    for (let i = 0; i < collection.fields.length; i++) {
      const field = collection.fields[i];
      if (!(field.getName() in fields)) stale.push(field.getName());
    }
    for (const fieldName of stale) collection.fields.removeByName(fieldName);

    for (const fieldName of Object.keys(fields)) {
      const type = fields[fieldName];
      const options = Object.assign({}, s.field_options[fieldName] || {}, { name: fieldName, type });
      const existing = collection.fields.getByName(fieldName);
      if (existing && existing.type() === type) {
        options.id = existing.getId(); // same field: only its options change
      } else if (existing) {
        collection.fields.removeByName(fieldName);
      }
      collection.fields.add(new Field(options));
    }

    // Our indexes (idx_<collection>_<field>): those listed, and no others.
    const present = [];
    for (let i = 0; i < collection.indexes.length; i++) {
      const m = /INDEX\s+`?(\w+)`?/i.exec(collection.indexes[i]);
      if (m && m[1].indexOf(`idx_${name}_`) === 0) present.push(m[1]);
    }
    for (const index of present) collection.removeIndex(index);
    for (const fieldName of s.indexes[name] || []) {
      collection.addIndex(indexName(name, fieldName), false, `\`${fieldName}\``, "");
    }

    collection.listRule = s.rule;
    collection.viewRule = s.rule;
    collection.createRule = s.rule;
    collection.updateRule = s.rule;
    collection.deleteRule = s.rule;
    app.save(collection);
  }

  const users = app.findCollectionByNameOrId("users");
  users.createRule = null;
  app.save(users);
}

/** Removes the collections (a migration's down step); `users` is PocketBase's own and stays. */
function drop(app) {
  for (const name of Object.keys(schema().collections).reverse()) {
    try {
      app.delete(app.findCollectionByNameOrId(name));
    } catch (_) {
      // not there
    }
  }
  const users = app.findCollectionByNameOrId("users");
  users.createRule = "";
  app.save(users);
}

module.exports = { sync, drop, schema };
