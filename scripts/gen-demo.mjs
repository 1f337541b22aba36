// Makes Watchfloor's demo data set for json-server, deterministically: the
// same --seed and --now give byte-identical output.
//
//   node scripts/gen-demo.mjs [--seed 42] [--now 2026-11-25T10:00:00.000Z]
//                             [--scale 1] [--out .run/db.json]
//
// About 25 people in three regions, ~3,000 cases over the last 120 days
// (some SLA breaches, some reopened, CSAT on most resolved), ~40 incidents
// with 5-30 timeline events and action items, case notes and history for
// the last two weeks' cases, goals, weekly check-ins,
// follow-the-sun shifts for the next 14 days (with a few gaps), KPI targets
// and SLA policies. Text in Latin, Arabic, Cyrillic and CJK scripts.
//
// Two cases at the end are deliberately damaged (an unknown priority `P9`,
// a `created_at` that is a number) so the demo shows how the app lists a
// damaged record and keeps the rest of the page working.

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** A seeded random source (mulberry32) with the helpers the generators use. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
    weighted(pairs) {
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [v, w] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
    // log-normal around `median`; sigma 0.8 puts ~10% above 2.9x the median
    lognormal(median, sigma) {
      const u = Math.max(next(), 1e-12);
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
      return median * Math.exp(sigma * z);
    },
    uuid() {
      const h = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
      h[12] = "4";
      h[16] = "89ab"[Math.floor(next() * 4)];
      const s = h.join("");
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
    sample(xs, n) {
      const copy = [...xs];
      const out = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
  return r;
}

const iso = (ms) => new Date(ms).toISOString();
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

const SLA = { P0: [15, 240], P1: [60, 1440], P2: [240, 4320], P3: [1440, 10080] };

const PEOPLE = [
  ["Aoife Byrne", "EMEA", "Europe/Dublin", ["en", "ga"], "manager"],
  ["Jonas Becker", "EMEA", "Europe/Berlin", ["de", "en"], "lead"],
  ["Layla Haddad", "EMEA", "Asia/Dubai", ["ar", "en", "fr"], "lead"],
  ["Emre Yıldız", "EMEA", "Europe/Istanbul", ["tr", "en", "de"], "specialist"],
  ["Claire Martin", "EMEA", "Europe/Paris", ["fr", "en"], "specialist"],
  ["Lucía Fernández", "EMEA", "Europe/Madrid", ["es", "en"], "analyst"],
  ["Omar Al-Farsi", "EMEA", "Asia/Dubai", ["ar", "en"], "analyst"],
  ["Olena Kovalenko", "EMEA", "Europe/Dublin", ["uk", "ru", "en"], "analyst"],
  ["Niamh O'Connor", "EMEA", "Europe/Dublin", ["en"], "analyst"],
  ["Mariana Souza", "AMER", "America/Sao_Paulo", ["pt-BR", "en", "es"], "manager"],
  ["Diego Ramírez", "AMER", "America/Mexico_City", ["es", "en"], "lead"],
  ["Rafael Lima", "AMER", "America/Sao_Paulo", ["pt-BR", "en"], "specialist"],
  ["Grace Thompson", "AMER", "America/New_York", ["en"], "specialist"],
  ["Camila Rojas", "AMER", "America/Sao_Paulo", ["es", "pt-BR", "en"], "analyst"],
  ["Marcus Johnson", "AMER", "America/New_York", ["en", "fr"], "analyst"],
  ["Beatriz Alves", "AMER", "America/Sao_Paulo", ["pt-BR", "en"], "analyst"],
  ["Tan Wei Ming", "APAC", "Asia/Singapore", ["zh", "en", "ms"], "lead"],
  ["佐藤 花子", "APAC", "Asia/Tokyo", ["ja", "en"], "specialist"],
  ["Priya Nair", "APAC", "Asia/Singapore", ["en", "hi", "ta"], "specialist"],
  ["Lachlan Walker", "APAC", "Australia/Sydney", ["en"], "analyst"],
  ["Nguyen Thi Lan", "APAC", "Asia/Singapore", ["vi", "en"], "analyst"],
  ["Kim Min-jun", "APAC", "Asia/Seoul", ["ko", "en", "ja"], "analyst"],
  ["Siti Rahman", "APAC", "Asia/Singapore", ["ms", "en", "id"], "analyst"],
  ["Chen Jing", "APAC", "Asia/Singapore", ["zh", "en"], "analyst"],
  ["Dmitri Volkov", "EMEA", "Europe/Berlin", ["ru", "de", "en"], "analyst"],
];
const SKILLS = ["incident_command", "legal_requests", "account_security", "harmful_content", "crisis_comms", "data_analysis"];

const CATEGORIES = [["account_security", 22], ["harmful_content", 28], ["high_profile", 10], ["legal_request", 14], ["platform_bug", 12], ["crisis", 5], ["other", 9]];
const LANGS = {
  EMEA: [["en", 30], ["de", 14], ["fr", 12], ["es", 8], ["tr", 10], ["ar", 16], ["ru", 6], ["uk", 4]],
  AMER: [["en", 50], ["es", 25], ["pt-BR", 25]],
  APAC: [["en", 35], ["ja", 25], ["zh", 25], ["ko", 8], ["id", 7]],
};
const PARTNERS = {
  account_security: ["trust", "engineering"], harmful_content: ["policy", "trust", "comms"],
  high_profile: ["comms", "trust", "legal", "marketing"], legal_request: ["legal", "policy"],
  platform_bug: ["engineering", "product"], crisis: ["comms", "policy", "legal", "trust"], other: ["product", "marketing"],
};

// Case texts per category: [title, description] by script. Placeholders: {n}
const TEXT = {
  account_security: {
    en: ["Takeover of a verified account of a national minister", "Login from a new country followed by a password and 2FA change. The account posted two links to a crypto scam. The owner's office called the partner manager."],
    de: ["Übernahme des Kontos eines Bundestagsabgeordneten", "Anmeldung aus unbekanntem Land, danach Änderung von Passwort und E-Mail. Das Büro bittet um sofortige Sperrung der Sitzungen."],
    ar: ["اختراق حساب موثّق لمسؤول حكومي", "تسجيل دخول من بلد جديد ثم تغيير كلمة المرور والبريد الإلكتروني. نشر الحساب روابط احتيال."],
    ja: ["著名人の認証済みアカウントの乗っ取り", "新しい国からのログイン後、パスワードと二段階認証が変更されました。詐欺リンクが投稿されています。"],
    ru: ["Взлом подтверждённого аккаунта главы города", "Вход из новой страны, затем смена пароля и почты. Аккаунт публикует ссылки на мошеннический сайт."],
  },
  harmful_content: {
    en: ["Coordinated harassment campaign against a journalist", "Hundreds of replies with threats and doxxing attempts within an hour. Screenshots attached by the reporter; some contain graphic imagery."],
    ar: ["حملة مضايقات منسّقة ضد صحفية", "مئات الردود تحتوي على تهديدات ومحاولات لنشر معلومات شخصية خلال ساعة واحدة."],
    tr: ["Bir gazeteciye yönelik koordineli taciz kampanyası", "Bir saat içinde tehdit ve kişisel bilgi ifşası içeren yüzlerce yanıt. Ekran görüntüleri ekte."],
    es: ["Video viral con violencia gráfica", "Un video con violencia explícita se comparte miles de veces por hora. Se solicita revisión urgente de coincidencias."],
    zh: ["针对记者的协调骚扰活动", "一小时内出现数百条威胁和人肉搜索的回复，举报人附上了截图。"],
    uk: ["Хвиля дописів із погрозами журналістці", "Сотні відповідей із погрозами та спробами оприлюднити адресу."],
  },
  high_profile: {
    en: ["Impersonation of a head of state ahead of a summit", "A look-alike account with the same photo and a one-letter handle difference is gaining followers fast."],
    fr: ["Usurpation d'identité d'une ministre avant un sommet", "Un compte imitant la ministre gagne des abonnés rapidement et publie de fausses déclarations."],
    "pt-BR": ["Perfil falso de governador às vésperas da eleição", "Conta com a mesma foto e nome quase idêntico publica anúncios falsos sobre a votação."],
    ja: ["首脳会議前の国家元首のなりすまし", "同じ写真で一文字違いのハンドルのアカウントが急速にフォロワーを増やしています。"],
  },
  legal_request: {
    en: ["Emergency disclosure request from law enforcement", "Request cites an imminent threat to life. Legal needs the account identifiers and the last known login times within the hour."],
    de: ["Eilersuchen einer Staatsanwaltschaft", "Das Ersuchen nennt eine unmittelbare Gefahr für Leib und Leben. Die Rechtsabteilung benötigt Kontodaten."],
    "pt-BR": ["Ordem judicial de remoção de conteúdo", "Ordem judicial exige a remoção de publicações em 24 horas. Jurídico precisa validar o escopo."],
    tr: ["Mahkemeden acil içerik kaldırma talebi", "Mahkeme kararı 24 saat içinde kaldırma istiyor; hukuk ekibinin kapsamı doğrulaması gerekiyor."],
  },
  platform_bug: {
    en: ["Private messages visible in search previews", "Reporters see snippets of private messages in link previews. Engineering confirmed a caching issue in one region."],
    es: ["Mensajes privados visibles en vistas previas", "Usuarios ven fragmentos de mensajes privados en las vistas previas de enlaces."],
    zh: ["搜索预览中显示私信内容", "用户在链接预览中看到私信片段，工程团队确认某地区存在缓存问题。"],
    ru: ["Личные сообщения видны в предпросмотре ссылок", "Пользователи видят фрагменты личных сообщений в предпросмотре."],
  },
  crisis: {
    en: ["Misinformation wave after an earthquake", "False claims about a second quake and fake donation links are spreading. Comms wants a coordinated label and a help-centre banner."],
    tr: ["Deprem sonrası dezenformasyon dalgası", "İkinci bir deprem iddiaları ve sahte bağış bağlantıları hızla yayılıyor."],
    ar: ["موجة معلومات مضللة بعد زلزال", "ادعاءات كاذبة عن زلزال ثانٍ وروابط تبرع مزيفة تنتشر بسرعة."],
    ja: ["地震後の偽情報の拡散", "二度目の地震に関する虚偽の主張と偽の寄付リンクが拡散しています。"],
  },
  other: {
    en: ["Advertiser escalation about a removed campaign", "A large advertiser disputes the removal of a campaign and asks for a call with policy today."],
    fr: ["Réclamation d'un annonceur sur une campagne retirée", "Un grand annonceur conteste le retrait d'une campagne."],
    es: ["Reclamo de un anunciante por campaña retirada", "Un anunciante importante disputa la eliminación de una campaña."],
  },
};
const TAGS = ["vip", "press", "election", "repeat", "minor-safety", "regulator", "ler", "scam", "brand-risk", "outage"];

function textFor(r, category, language) {
  const byLang = TEXT[category];
  const base = language.split("-")[0];
  const entry = byLang[language] ?? byLang[base] ?? (r.chance(0.6) ? byLang.en : r.pick(Object.values(byLang)));
  return entry;
}

export function generate({ seed = 42, now = Date.now(), scale = 1 } = {}) {
  const r = rng(seed);
  const nowMs = typeof now === "number" ? now : Date.parse(now);
  const hour0 = Math.floor(nowMs / HOUR) * HOUR;

  // People
  const people = PEOPLE.map(([name, region, timezone, languages, role], i) => {
    const skills = {};
    for (const s of SKILLS) skills[s] = Math.min(4, Math.max(0, Math.round(r.lognormal(role === "analyst" ? 1.5 : 2.8, 0.45))));
    return {
      id: r.uuid(), name, role, region, timezone, languages, skills, mentor_id: null,
      started_on: day(nowMs - r.int(90, 2600) * DAY), active: i !== 24,
      updated_at: iso(nowMs - r.int(1, 60) * DAY), version: r.int(1, 6),
    };
  });
  const seniors = people.filter((p) => p.role === "lead" || p.role === "manager");
  for (const p of people) if (p.role === "analyst" && r.chance(0.7)) p.mentor_id = r.pick(seniors.filter((s) => s.region === p.region) ).id;
  const active = people.filter((p) => p.active);
  const workers = active.filter((p) => p.role !== "manager");
  const byRegion = (region) => workers.filter((p) => p.region === region);

  // Cases
  const cases = [];
  const total = Math.round(3000 * scale);
  const dayWeights = Array.from({ length: 120 }, (_, d) => {
    const weekday = new Date(nowMs - d * DAY).getUTCDay();
    return (0.6 + 0.8 * (1 - d / 120)) * (weekday === 0 || weekday === 6 ? 0.7 : 1);
  });
  const weightSum = dayWeights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < total; i++) {
    let x = r.next() * weightSum;
    let d = 0;
    while ((x -= dayWeights[d]) > 0 && d < 119) d++;
    const created = Math.min(nowMs - MIN, nowMs - d * DAY - Math.floor(r.next() * DAY));
    const priority = r.weighted([["P0", 3], ["P1", 15], ["P2", 45], ["P3", 37]]);
    const region = r.weighted([["EMEA", 42], ["AMER", 35], ["APAC", 23]]);
    const category = r.weighted(CATEGORIES);
    const language = r.weighted(LANGS[region]);
    const [firstSla, resolutionSla] = SLA[priority];
    const stuck = r.chance(0.07); // waiting on a partner team, a court, a requester
    let first = created + r.lognormal(0.35 * firstSla, 0.8) * MIN;
    let resolved = created + r.lognormal(0.4 * resolutionSla, 0.7) * MIN * (stuck ? 8 : 1);
    if (resolved < first) resolved = first + r.int(5, 90) * MIN;
    const firstResponse = first <= nowMs ? first : null;
    const isResolved = resolved <= nowMs;
    let status;
    if (isResolved) status = "resolved";
    else if (firstResponse === null) status = r.chance(0.75) ? "new" : "triage";
    else if (nowMs - created < 3 * HOUR && r.chance(0.3)) status = "new";
    else status = r.weighted([["triage", 25], ["investigating", 45], ["waiting", 30]]);
    const reopened = isResolved && r.chance(0.04) ? r.int(1, 2) : 0;
    const [title, description] = textFor(r, category, language);
    const owner = status === "new" && r.chance(0.6) ? null : r.pick(byRegion(region)).id;
    const sensitive = category === "harmful_content" ? r.chance(0.6) : category === "crisis" ? r.chance(0.4) : r.chance(0.03);
    const updated = Math.min(nowMs, Math.max(created, firstResponse ?? 0, isResolved ? resolved : 0) + r.int(0, 30) * MIN);
    cases.push({
      id: r.uuid(),
      title, description, status, priority, region, category, language,
      owner_id: owner,
      partner_teams: r.sample(PARTNERS[category], r.weighted([[0, 35], [1, 40], [2, 18], [3, 7]])),
      incident_id: null,
      sensitive,
      tags: r.sample(TAGS, r.weighted([[0, 40], [1, 40], [2, 20]])),
      created_at: iso(created),
      first_response_at: firstResponse === null ? null : iso(firstResponse),
      resolved_at: isResolved ? iso(resolved) : null,
      reopened_count: reopened,
      csat: isResolved && r.chance(0.7) ? r.weighted([[1, 5], [2, 7], [3, 13], [4, 35], [5, 40]]) : null,
      updated_at: iso(updated),
      version: 1 + (firstResponse ? 1 : 0) + (isResolved ? 1 : 0) + 2 * reopened + r.int(0, 2),
    });
  }
  cases.sort((a, b) => a.created_at.localeCompare(b.created_at));

  // Incidents, their timelines and action items
  const incidents = [];
  const incident_events = [];
  const action_items = [];
  const INCIDENTS = [
    ["Credential-stuffing wave against public figures", "account_security", "Automated logins against verified accounts from a botnet."],
    ["Graphic video spreading after an attack", "harmful_content", "Re-uploads of a violent video outpace hash matching."],
    ["Election-day impersonation network", "high_profile", "Dozens of accounts impersonate candidates and officials."],
    ["Private data in link previews", "platform_bug", "A cache serves previews of private posts to other users."],
    ["Earthquake misinformation and donation scams", "crisis", "False aftershock warnings and fake donation links."],
    ["Mass reporting abuse against activists", "harmful_content", "Coordinated false reports trigger automatic restrictions."],
    ["Court orders across several jurisdictions", "legal_request", "Conflicting removal orders for the same posts."],
  ];
  const nIncidents = Math.max(3, Math.round(40 * scale));
  const leads = active.filter((p) => p.role === "lead" || p.role === "specialist");
  for (let i = 0; i < nIncidents; i++) {
    const activeOne = i >= nIncidents - 3;
    const detected = activeOne ? nowMs - r.int(2, 40) * HOUR : nowMs - r.int(3, 119) * DAY - r.int(0, 23) * HOUR;
    const started = detected - r.lognormal(25, 0.9) * MIN;
    const ack = detected + r.lognormal(7, 0.7) * MIN;
    const mitigated = detected + r.lognormal(180, 0.8) * MIN;
    const resolved = mitigated + r.lognormal(600, 0.8) * MIN;
    const [title, , summary] = r.pick(INCIDENTS);
    const status = !activeOne ? "resolved" : r.pick(["investigating", "identified", "monitoring"]);
    const has = (t, s) => (t <= nowMs && (status === "resolved" || s) ? iso(t) : null);
    const incident = {
      id: r.uuid(), title, summary,
      severity: r.weighted([["SEV1", 8], ["SEV2", 25], ["SEV3", 42], ["SEV4", 25]]),
      status,
      regions: r.sample(["EMEA", "AMER", "APAC"], r.weighted([[1, 60], [2, 25], [3, 15]])),
      commander_id: r.pick(leads).id,
      started_at: iso(started),
      detected_at: iso(detected),
      acknowledged_at: has(ack, true),
      mitigated_at: has(mitigated, status === "monitoring"),
      resolved_at: status === "resolved" ? iso(resolved) : null,
      root_cause: status === "resolved" ? "A gap between detection rules and the new abuse pattern; manual review did not scale." : "",
      lessons: status === "resolved" ? "Add a detection rule for the pattern; pre-approve the comms template; page the policy on-call earlier." : "",
      updated_at: "", version: r.int(3, 12),
    };
    const end = incident.resolved_at ? Date.parse(incident.resolved_at) : nowMs;
    incident.updated_at = iso(Math.min(nowMs, end + 5 * MIN));
    incidents.push(incident);

    const n = r.int(5, 30);
    const times = [detected, ack];
    for (let k = 2; k < n - (incident.resolved_at ? 1 : 0); k++) times.push(detected + r.next() * (end - detected));
    if (incident.resolved_at) times.push(end);
    times.sort((a, b) => a - b);
    const kinds = ["update", "escalated", "comms", "mitigation", "decision", "status_change", "note"];
    const texts = [
      "Blocked the ASN range; takeovers dropped by half.", "Comms approved the holding statement.",
      "Escalated to policy on-call for a decision on labels.", "Das Rechtsteam prüft die Anordnung.",
      "تم إبلاغ فريق الاتصالات بالبيان المؤقت.", "Команда инженеров откатила изменение кэша.",
      "法務チームが対応方針を確認しました。", "已通知合作伙伴团队，正在监控。", "Hash list updated with 40 new variants.",
    ];
    times.forEach((at, k) => {
      const kind = k === 0 ? "detected" : k === 1 ? "declared" : incident.resolved_at && k === times.length - 1 ? "resolved" : r.pick(kinds);
      const written = Math.min(nowMs, at + r.int(0, 10) * MIN);
      incident_events.push({
        id: r.uuid(), incident_id: incident.id, at: iso(Math.min(at, nowMs)), kind,
        author_id: r.pick(active).id, text: k === 0 ? summary : r.pick(texts),
        created_at: iso(written), updated_at: iso(written), version: 1,
      });
    });
    if (incident.resolved_at) {
      for (let k = 0, m = r.int(1, 6); k < m; k++) {
        const created = Math.min(nowMs, end + r.int(1, 48) * HOUR);
        const done = r.chance(0.6);
        action_items.push({
          id: r.uuid(), incident_id: incident.id,
          title: r.pick(["Add a detection rule for the pattern", "Pre-approve the comms template", "Automate the partner page",
            "Write the runbook section", "Review rate limits per ASN", "Train the APAC shift on the new tool"]),
          owner_id: r.chance(0.9) ? r.pick(active).id : null,
          due_on: r.chance(0.85) ? day(end + r.int(7, 45) * DAY) : null,
          done,
          created_at: iso(created), updated_at: iso(Math.min(nowMs, created + (done ? r.int(1, 20) * DAY : 0))), version: done ? 2 : 1,
        });
      }
    }
    // Link cases of the incident's kind and time to it.
    const during = cases.filter((c) => {
      const t = Date.parse(c.created_at);
      return t >= started && t <= end && incident.regions.includes(c.region);
    });
    for (const c of r.sample(during, r.int(2, 8))) c.incident_id = incident.id;
  }

  // Goals and check-ins
  const goals = [];
  const check_ins = [];
  for (const p of active) {
    for (let k = 0, m = r.int(1, 3); k < m; k++) {
      const status = r.weighted([["active", 60], ["done", 30], ["dropped", 10]]);
      const skill = r.chance(0.7) ? r.pick(SKILLS) : null;
      const created = nowMs - r.int(20, 300) * DAY;
      const target = r.chance(0.9) ? created + r.int(30, 240) * DAY : null;
      goals.push({
        id: r.uuid(), person_id: p.id,
        title: skill ? `Grow ${skill.replace(/_/g, " ")} to the next level` : r.pick(["Lead a post-incident review", "Mentor a new analyst", "Complete the trauma-informed moderation course"]),
        kind: skill ? "skill" : r.pick(["career", "training", "certification"]),
        skill, target_on: target === null ? null : day(target),
        progress: status === "done" ? 100 : status === "dropped" ? r.int(0, 60) : r.int(0, 95),
        status, created_at: iso(created), updated_at: iso(Math.min(nowMs, created + r.int(1, 120) * DAY)), version: r.int(1, 5),
      });
    }
    const lead = r.pick(seniors.filter((s) => s.id !== p.id));
    const exposureBase = p.skills.harmful_content >= 3 ? 300 : 90;
    for (let w = 0; w < 12; w++) {
      const on = nowMs - (w * 7 + r.int(0, 3)) * DAY;
      const written = Math.min(nowMs, on + r.int(1, 8) * HOUR);
      check_ins.push({
        id: r.uuid(), person_id: p.id, on: day(on), author_id: lead.id,
        wellbeing: r.chance(0.92) ? r.weighted([[1, 4], [2, 10], [3, 30], [4, 38], [5, 18]]) : null,
        workload: r.chance(0.92) ? r.weighted([[1, 5], [2, 15], [3, 40], [4, 28], [5, 12]]) : null,
        exposure_minutes: r.chance(0.9) ? Math.min(600, Math.round(r.lognormal(exposureBase, 0.6))) : null,
        notes: r.pick(["Steady week.", "Asked for a rotation away from graphic queues.", "Good progress on the runbook.",
          "Tired after the incident; took a recovery day.", "Wants to shadow an incident commander."]),
        created_at: iso(written), updated_at: iso(written), version: 1,
      });
    }
  }

  // Follow-the-sun shifts for the next 14 days: each region's queue is
  // covered around the clock by whichever hub is in daytime.
  const shifts = [];
  const today = Math.floor(nowMs / DAY) * DAY;
  const slots = [[0, "APAC"], [8, "EMEA"], [16, "AMER"]];
  const gapAt = new Set(r.sample(Array.from({ length: 14 * 9 }, (_, k) => k), 4));
  const shortAt = r.int(0, 14 * 9 - 1);
  let k = 0;
  for (let d = 0; d < 14; d++) {
    for (const region of ["EMEA", "AMER", "APAC"]) {
      for (const [startHour, hub] of slots) {
        const slot = k++;
        const start = today + d * DAY + startHour * HOUR;
        const team = byRegion(hub);
        if (!gapAt.has(slot)) {
          shifts.push({
            id: r.uuid(), person_id: team[(d * 3 + slot) % team.length].id, region,
            starts_at: iso(start), ends_at: iso(start + (slot === shortAt ? 6 : 8) * HOUR),
            kind: "primary", updated_at: iso(Math.min(nowMs, today - DAY)), version: 1,
          });
        }
      }
      const backupStart = today + d * DAY + (region === "APAC" ? 0 : region === "EMEA" ? 8 : 16) * HOUR;
      shifts.push({
        id: r.uuid(), person_id: r.pick(byRegion(region)).id, region,
        starts_at: iso(backupStart), ends_at: iso(backupStart + 8 * HOUR),
        kind: "backup", updated_at: iso(Math.min(nowMs, today - DAY)), version: 1,
      });
    }
  }

  const stamp = iso(nowMs - 30 * DAY);
  const kpi_targets = [
    ["first_response_p90", 60, "below"], ["resolution_p90", 2880, "below"], ["sla_first_response", 90, "above"],
    ["sla_resolution", 90, "above"], ["backlog", 250, "below"], ["csat_avg", 4.2, "above"],
    ["reopen_rate", 5, "below"], ["mtta", 10, "below"], ["mttr", 720, "below"],
  ].map(([id, target, direction]) => ({ id, target, direction, updated_at: stamp, version: 1 }));
  const sla_policies = Object.entries(SLA).map(([id, [first, resolution]]) => ({
    id, first_response_minutes: first, resolution_minutes: resolution, updated_at: stamp, version: 1,
  }));

  // Deliberately damaged records (see the note at the top).
  const damagedBase = { ...cases[cases.length - 1], status: "new", resolved_at: null, csat: null, reopened_count: 0 };
  cases.push({ ...damagedBase, id: r.uuid(), title: "Damaged demo record: unknown priority", priority: "P9" });
  cases.push({ ...damagedBase, id: r.uuid(), title: "Damaged demo record: numeric created_at", created_at: 12345 });

  // Case notes, partner requests and replies, and the change entries of
  // first responses and resolutions, for the cases of the last 14 days. A
  // generator of its own, so the data above stays as it was.
  const h = rng(seed + 1);
  const case_events = [];
  const NOTES = ["Called the reporter back.", "Checked the login history.", "Escalated internally.",
    "Asked the requester for the original post.", "Kontaktdaten geprüft.", "تم التواصل مع صاحب البلاغ.",
    "Hesap sahibiyle görüşüldü.", "Se pidió más contexto al equipo local."];
  const event = (c, at, kind, fields) => {
    const stamp = iso(Math.min(nowMs, at));
    case_events.push({
      id: h.uuid(), case_id: c.id, at: stamp, kind, author_id: c.owner_id ?? h.pick(workers).id,
      partner_team: null, text: "", changes: null, created_at: stamp, updated_at: stamp, version: 1, ...fields,
    });
  };
  for (const c of cases) {
    const created = Date.parse(c.created_at);
    if (typeof c.created_at !== "string" || nowMs - created > 14 * DAY) continue;
    // Version pairs as the case's stored version allows: the first
    // response is the first save (1 → 2), the resolution the last one
    // (ending at the case's version); saves in between left no entry here.
    if (c.first_response_at) {
      event(c, Date.parse(c.first_response_at), "change", { changes: { first_response_at: [null, c.first_response_at], version: [1, 2] } });
    }
    const end = c.resolved_at ? Date.parse(c.resolved_at) : nowMs;
    for (let n = h.int(0, 3); n > 0; n--) event(c, created + h.next() * (end - created), "note", { text: h.pick(NOTES) });
    if (c.partner_teams.length && h.chance(0.6)) {
      const team = h.pick(c.partner_teams);
      const asked = created + h.next() * (end - created);
      event(c, asked, "partner_request", { partner_team: team, text: "Could you take a look at this case?" });
      if (h.chance(0.7)) event(c, asked + h.int(10, 600) * MIN, "partner_reply", { partner_team: team, text: "Looked at it: see our notes." });
    }
    if (c.resolved_at) {
      event(c, Date.parse(c.resolved_at), "change", {
        changes: { status: [h.pick(["investigating", "waiting"]), "resolved"], resolved_at: [null, c.resolved_at], version: [c.version - 1, c.version] },
      });
    }
  }

  return { cases, case_events, incidents, incident_events, action_items, people, goals, check_ins, shifts, kpi_targets, sla_policies };
}

function parseArgs(argv) {
  const o = { seed: 42, now: Math.floor(Date.now() / HOUR) * HOUR, scale: 1, out: ".run/db.json" };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[++i];
    switch (argv[i - 1]) {
      case "--seed": o.seed = Number(v); break;
      case "--now": o.now = Date.parse(v); break;
      case "--scale": o.scale = Number(v); break;
      case "--out": o.out = v; break;
      default: console.error(`gen-demo: unknown option ${argv[i - 1]}`); process.exit(2);
    }
  }
  if (!Number.isFinite(o.seed) || !Number.isFinite(o.now) || !(o.scale > 0)) {
    console.error("gen-demo: --seed, --now and --scale need valid values");
    process.exit(2);
  }
  return o;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const o = parseArgs(process.argv.slice(2));
  const db = generate(o);
  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, JSON.stringify(db));
  const counts = Object.entries(db).map(([k, v]) => `${k} ${v.length}`).join(", ");
  console.log(`gen-demo: ${counts} -> ${o.out}`);
}
