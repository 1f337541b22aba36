# Watchfloor: Deutsch

loading = Wird geladen …
startup-error-title = Watchfloor kann nicht starten
startup-error-hint = Bitten Sie die für die Bereitstellung zuständige Person, config.json neben index.html zu prüfen.

nav-main = Hauptnavigation
nav-now = Jetzt
nav-cases = Fälle
nav-incidents = Vorfälle
nav-team = Team
nav-kpis = Kennzahlen

not-found-title = Nicht gefunden
not-found-text = Unter dieser Adresse gibt es keine Seite.
not-found-link = Zu den Fällen

clocks-label = Ortszeiten
clock-you = Sie
language-label = Sprache
zone-label = Zeiten
zone-local = Lokal
zone-utc = UTC

retry = Erneut versuchen
damaged-summary = { $count ->
    [one] { $count } beschädigter Datensatz ausgelassen
   *[other] { $count } beschädigte Datensätze ausgelassen
}
damaged-no-id = (keine ID)
more = { $count ->
    [one] und { $count } weiterer
   *[other] und { $count } weitere
}

error-network = Das Backend ist nicht erreichbar ({ $detail }). Bitte Verbindung und API-Adresse in config.json prüfen.
error-unauthorized = Ihre Sitzung ist abgelaufen: Bitte melden Sie sich über Ihr Portal erneut an.
error-not-found = Nicht gefunden: Der Eintrag wurde eventuell gelöscht.
error-conflict = Jemand anderes hat diesen Datensatz geändert, seit Sie ihn geöffnet haben.
error-duplicate = Ein Datensatz mit dieser ID existiert bereits.
error-http = Das Backend hat mit einem Fehler geantwortet (HTTP { $status }).
error-http-detail = Das Backend hat mit einem Fehler geantwortet (HTTP { $status }): { $detail }
error-protocol = Die Antwort des Backends war unverständlich: { $detail }
error-invalid-query = Ungültige Abfrage: { $detail }
error-unsupported = Von diesem Backend nicht unterstützt: { $detail }
error-config = Konfigurationsproblem: { $detail }
error-timeout = Das Backend hat nicht rechtzeitig geantwortet. Bitte Verbindung prüfen und erneut versuchen.
error-too-many-records = Es passen mehr Datensätze, als die App auf einmal lädt ({ $count }). Bitte die Filter einschränken.

cases-title = Fälle
cases-count = { $count ->
    [one] { $count } Fall
   *[other] { $count } Fälle
}
cases-open = { $count ->
    [one] { $count } offen
   *[other] { $count } offen
}
created-ago = erstellt { $ago }
status-new = Neu
status-triage = Triage
status-investigating = In Untersuchung
status-waiting = Wartend
status-resolved = Gelöst
status-unknown = Unbekannt

incidents-title = Vorfälle
incidents-count = { $count ->
    [one] { $count } Vorfall
   *[other] { $count } Vorfälle
}
incident-status-investigating = In Untersuchung
incident-status-identified = Ursache erkannt
incident-status-monitoring = Beobachtung
incident-status-resolved = Gelöst
severity-sev1 = SEV1 · kritisch
severity-sev2 = SEV2 · schwerwiegend
severity-sev3 = SEV3 · mittel
severity-sev4 = SEV4 · gering
detected-at = erkannt am { $when }
events-title = Ereignisse im Zeitverlauf
events-count = { $count ->
    [one] { $count } Ereignis
   *[other] { $count } Ereignisse
}
actions-title = Maßnahmen
actions-count = { $count ->
    [one] { $count } Maßnahme
   *[other] { $count } Maßnahmen
}
actions-open = { $count ->
    [one] { $count } offen
   *[other] { $count } offen
}

team-title = Team
team-more-title = Entwicklung, Gespräche und Schichten
people-count = { $count ->
    [one] { $count } Person
   *[other] { $count } Personen
}
goals-count = { $count ->
    [one] { $count } Ziel
   *[other] { $count } Ziele
}
check-ins-count = { $count ->
    [one] { $count } Gespräch
   *[other] { $count } Gespräche
}
shifts-count = { $count ->
    [one] { $count } Schicht
   *[other] { $count } Schichten
}
role-lead = Teamleitung
role-manager = Manager:in
role-specialist = Fachkraft
role-analyst = Analyst:in

kpis-title = Kennzahlen
sla-title = SLA-Richtlinien
sla-priority = Priorität
sla-first-response = Erste Antwort (Min.)
sla-resolution = Lösung (Min.)

# The case board
category-account_security = Kontosicherheit
category-harmful_content = Schädliche Inhalte
category-high_profile = Prominente Konten
category-legal_request = Rechtliche Anfrage
category-platform_bug = Plattformfehler
category-crisis = Krise
category-other = Sonstiges
sla-first-left = Antwort innerhalb von { $time }
sla-resolve-left = Lösung innerhalb von { $time }
sla-first-overdue = Antwort { $time } überfällig
sla-resolve-overdue = Lösung { $time } überfällig
sla-met = innerhalb der SLA gelöst
sla-missed = nach Ablauf der SLA gelöst
move-to = Verschieben nach
reveal = Beschreibung anzeigen
sensitive-hidden = Belastender Inhalt: Beschreibung verborgen
filter-region = Region
filter-priority = Priorität
filter-category = Kategorie
filter-owner = Zuständig
filter-all = Alle
filter-unassigned = Nicht zugewiesen
search = Suche
change-not-saved = Nicht gespeichert, die Karte ist wieder an ihrem Platz:
conflict-title = Jemand anderes hat diesen Fall geändert, seit Sie ihn geladen haben: { $fields }.
conflict-apply = Meine Änderung darüber anwenden
dismiss = Schließen
show-more = Mehr anzeigen

# The case workspace: layout, toolbar, table, case page
back-to-cases = ← Alle Fälle
case-damaged = Dieser Fall kann nicht angezeigt werden
choose = Auswählen…
close = Schließen
column-created = Erstellt
column-sla = SLA
column-status = Status
column-title = Titel
column-updated = Geändert
conflict-overlap = Wenn Sie Ihre Änderung darüber anwenden, ersetzt sie die Änderung der anderen Person an: { $fields }.
conflict-reload-form = Fassung der anderen Person laden (Ihre Änderungen gehen verloren)
create-case = Fall anlegen
delete-view = Ansicht { $name } löschen
discard = Verwerfen
draft-restored = Ihre ungespeicherten Änderungen von vorhin sind wieder im Formular.
drag-hint = In eine andere Spalte ziehen
export-csv = CSV exportieren
field-csat = CSAT
field-description = Beschreibung
field-first-response = Erste Antwort
field-id = ID
field-incident = Vorfall
field-reopened = Wiedereröffnungen
field-resolved = Gelöst
field-sensitive = Sensibel: enthält belastendes Material (Beschreibung verborgen, bis Sie sie einblenden)
field-tags = Schlagwörter (durch Kommas getrennt)
field-version = Version
filter-language = Sprache
filter-partner = Partnerteam
form-invalid = Einige Felder brauchen Ihre Aufmerksamkeit: siehe die Hinweise darunter.
form-not-saved = Nicht gespeichert; Ihre Änderungen sind noch im Formular:
invalid-language = Verwenden Sie ein Sprachkürzel wie de, ar oder pt-BR.
invalid-one-line = Bitte nur eine Zeile.
invalid-required = Pflichtfeld.
invalid-tag = Jedes Schlagwort darf höchstens 40 Zeichen haben.
invalid-too-long = Zu lang.
last-refreshed = Zuletzt aktualisiert um { $time }
offline-banner = Offline: Daten vom Stand { $time }
feed-live = Live
feed-live-hint = Änderungen anderer erscheinen hier sofort
feed-connecting = Verbindung wird hergestellt …
feed-down = Nicht live
feed-down-hint = Änderungen anderer erscheinen bei der nächsten Aktualisierung
layout-board = Board
layout-label = Darstellung
layout-table = Tabelle
mark-responded = Beantwortet
new-case = Neuer Fall
none = Keiner
nothing-to-save = Nichts geändert: nichts zu speichern.
refresh-failed = Aktualisierung fehlgeschlagen:
refresh-now = Jetzt aktualisieren
save-case = Änderungen speichern
save-view = Ansicht speichern
saved = Gespeichert.
saved-views = Gespeicherte Ansichten
saving = Wird gespeichert…
shortcut-help = Diese Liste zeigen
shortcut-new = Neuer Fall
shortcut-search = Suchen
shortcuts = Tastenkürzel
unsaved-changes = Ungespeicherte Änderungen
view-name = Name dieser Ansicht
table-count = { $count ->
    [one] { $count } Fall in der Tabelle
   *[other] { $count } Fälle in der Tabelle
}
partner-policy = Policy
partner-legal = Recht
partner-engineering = Technik
partner-trust = Trust & Safety
partner-product = Produkt
partner-marketing = Marketing
partner-comms = Kommunikation

# Saving and syncing (the save engine)
label-sensitive = Sensibel
label-tags = Schlagwörter
field-other = Anderes Feld
sla-defaults-loading = Die SLA-Uhren verwenden die Standard-Zielzeiten, bis die SLA-Richtlinien geladen sind.
sla-defaults-failed = Die SLA-Richtlinien konnten nicht geladen werden: Die Uhren verwenden die Standard-Zielzeiten.
draft-stale = Jemand hat diesen Fall gespeichert, nachdem Sie diese ungespeicherten Änderungen gemacht haben (Version { $from } → { $to }). Prüfen Sie sie vor dem Speichern: Speichern schreibt Ihre Änderungen über die der anderen Person.

# Timelines (incident timelines, case notes and history)
timeline-heading = Zeitleiste
timeline-new = Neuer Eintrag
timeline-hint = Enter fügt ihn hinzu als: { $kind }
timeline-add = Hinzufügen
timeline-details = Art und Zeit…
timeline-kind = Art
timeline-time-local = Wann es geschah (Ihre Zeit)
timeline-time-utc = Wann es geschah (UTC)
timeline-extra = Partnerteam
timeline-as = Geschrieben von
timeline-nobody = Nicht angegeben
timeline-filter = Anzeigen
timeline-all = Alle Arten
timeline-empty = Noch nichts hier.
timeline-unknown-author = unbekannt
timeline-no-time = Zeit unbekannt
timeline-text = Text
timeline-edit = Bearbeiten
timeline-delete = Löschen
timeline-save = Speichern
timeline-cancel = Abbrechen
timeline-delete-confirm = Diesen Eintrag löschen?
timeline-delete-yes = Ja, löschen
timeline-time-invalid = Geben Sie ein vollständiges Datum mit Uhrzeit ein, ab dem Jahr 2000.
timeline-time-future = Das liegt mehr als einen Tag in der Zukunft. Ein Eintrag hält fest, was schon geschehen ist: Geben Sie an, wann es geschah.
timeline-unknown-kind = unbekannte Art
case-history = Notizen und Verlauf
case-event-note = Notiz
case-event-change = Änderung
case-event-partner_request = Anfrage an Partnerteam
case-event-partner_reply = Antwort des Partnerteams
history-change = { $field }: { $from } → { $to }
history-hidden = (verborgen)
history-team = Partnerteam: { $name }
history-add-failed = Nicht hinzugefügt:
history-edit-failed = Der Eintrag wurde nicht gespeichert:
history-delete-conflict = Jemand hat diesen Eintrag seit dem Laden geändert, daher wurde er nicht gelöscht. Sehen Sie ihn sich zuerst noch einmal an.
history-delete-failed = Der Eintrag wurde nicht gelöscht:

# Incident timelines
record-not-saved = Nicht gespeichert; der gespeicherte Stand wird wieder gezeigt:
record-conflict = Jemand anderes hat dies seit dem Laden geändert: { $fields }. Die Fassung der anderen Person wird gezeigt.
action-items = Maßnahmen
add-item = Maßnahme hinzufügen
back-to-incidents = ← Alle Vorfälle
change-status = Status ändern
declare-failed = Der Vorfall wurde nicht ausgerufen.
declare-retry-hint = Nichts Eingegebenes geht verloren: „Vorfall ausrufen“ versucht es erneut.
declare-incident = Vorfall ausrufen
duration-acknowledge = Zeit bis zur Bestätigung
duration-detect = Zeit bis zur Erkennung
duration-mitigate = Zeit bis zur Eindämmung
duration-resolve = Zeit bis zur Lösung
duration-so-far = bisher { $time }
entry-not-added = Der Eintrag wurde nicht hinzugefügt.
entry-not-deleted = Der Eintrag wurde nicht gelöscht.
escalate-case = Zum Vorfall eskalieren
escalating-case = Fall wird eskaliert:
event-kind-detected = Erkannt
event-kind-declared = Ausgerufen
event-kind-update = Update
event-kind-escalated = Eskaliert
event-kind-comms = Kommunikation
event-kind-mitigation = Eindämmung
event-kind-decision = Entscheidung
event-kind-status_change = Statuswechsel
event-kind-resolved = Gelöst
event-kind-note = Notiz
export-field = Feld
export-value = Wert
export-severity = Schweregrad
export-status = Status
export-commander = Incident Commander
export-regions = Regionen
export-started = Beginn der Auswirkung
export-detected = Erkannt
export-acknowledged = Bestätigt
export-mitigated = Eingedämmt
export-resolved = Gelöst
export-durations = Dauern
export-time-to-detect = Zeit bis zur Erkennung
export-time-to-acknowledge = Zeit bis zur Bestätigung
export-time-to-mitigate = Zeit bis zur Eindämmung
export-time-to-resolve = Zeit bis zur Lösung
export-running = (bisher)
export-summary = Zusammenfassung
export-timeline = Zeitleiste
export-action-items = Maßnahmen
export-owner = Zuständig
export-due = Fällig
export-overdue = überfällig
export-root-cause = Ursache
export-lessons = Lehren
export-title = Export
export-copy = Markdown kopieren
export-download = Markdown herunterladen
export-copied = Kopiert.
export-select = Der Browser hat das Kopieren nicht erlaubt: Der Text unten ist markiert, kopieren Sie ihn mit Strg+C.
export-preview = Markdown-Text
filters-label = Filter
followups-failed = Der Vorfall ist ausgerufen, aber seine ersten Zeitleisteneinträge oder die Verknüpfung des Falls wurden noch nicht geschrieben.
incident-commander = Commander
incident-not-found = Vorfall nicht gefunden
incident-not-live = Gelöst: wird nicht automatisch aktualisiert.
incident-regions = Regionen
incident-running = Läuft seit { $time }
incident-lasted = Dauerte { $time }
incident-started = Beginn der Auswirkung
incident-status-label = Status
incident-summary = Zusammenfassung
item-due = Fällig
item-not-added = Die Maßnahme wurde nicht hinzugefügt.
item-overdue = Überfällig
item-title = Maßnahme
link-case = Fall verknüpfen
linked-cases = Verknüpfte Fälle
no-linked-cases = Keine Fälle verknüpft.
review-lessons = Lehren
review-root-cause = Ursache
review-save = Review speichern
review-title = Nachbetrachtung
severity-label = Schweregrad
status-entry-failed = Der Status wurde geändert, aber der Zeitleisteneintrag wurde nicht geschrieben.
invalid-not-a-local-time = Diese Ortszeit gibt es nicht (sie wird bei der Zeitumstellung übersprungen). Wählen Sie eine andere Zeit oder wechseln Sie zu UTC.
invalid-time = Kein gültiges Datum mit Uhrzeit.
apply-choice = Übernehmen
link-case-apply = Verknüpfen
followup-case-gone = Der Fall, aus dem dieser Vorfall erklärt wurde, existiert nicht mehr; er wurde nicht verknüpft.
declare-case-failed = Der zu eskalierende Fall konnte nicht gelesen werden.
declare-case-not-read = Der Vorfall kann erst erklärt werden, wenn der zu eskalierende Fall gelesen wurde: er wird mit ihm verknüpft. Mit „Erneut versuchen“ oben wird er neu gelesen.
duration-out-of-order = Zeiten in falscher Reihenfolge (Ende { $time } vor Beginn)
export-out-of-order = Zeiten in falscher Reihenfolge
case-linked-elsewhere = Dieser Fall ist bereits mit einem anderen Vorfall verknüpft; er wurde hier nicht verknüpft.
unlink-case = Lösen
invalid-future = Darf nicht in der Zukunft liegen.
invalid-after-detected = Darf nicht nach dem Zeitpunkt der Erkennung liegen.
history-yes = Ja
history-no = Nein
history-more = { $count ->
    [one] { $count } weitere Änderung nicht angezeigt.
   *[other] { $count } weitere Änderungen nicht angezeigt.
}

## Team: navigation
team-nav = Team-Seiten
team-nav-people = Personen
team-nav-skills = Fähigkeiten
team-nav-goals = Ziele
team-nav-wellbeing = Gespräche und Wohlbefinden
team-nav-shifts = Schichten
team-nav-handover = Übergabe

## Team: people, skills, goals, check-ins (keep this block before the next)
add = Hinzufügen
save = Speichern
cancel = Abbrechen
yes = Ja
no = Nein
record-not-deleted = Nicht gelöscht; der Eintrag wird wieder angezeigt:
person-name = Name
person-role = Rolle
person-region = Region
person-timezone = Zeitzone (IANA, z. B. Europe/Dublin)
person-local-time = Ortszeit jetzt
person-languages = Sprachen (z. B. en, ar, pt-BR)
person-mentor = Mentor:in
person-started = Im Team seit
person-active = Im Team
person-inactive = Hat das Team verlassen
person-open-cases = Offene eigene Fälle
person-add = Person hinzufügen
person-edit = Bearbeiten
person-not-found = Im Team gibt es niemanden mit dieser ID.
person-not-added = Die Person wurde nicht hinzugefügt.
person-name-missing = Geben Sie einen Namen ein.
person-role-missing = Wählen Sie eine Rolle.
person-region-missing = Wählen Sie eine Heimatregion.
person-zone-invalid = Geben Sie eine Zeitzone ein, die der Browser kennt, etwa Europe/Dublin.
person-languages-invalid = Verwenden Sie Sprachcodes wie en, ar oder pt-BR, durch Kommas getrennt.
person-date-invalid = Geben Sie ein Datum als JJJJ-MM-TT ein.
person-mentor-self = Niemand kann die eigene Mentorin oder der eigene Mentor sein.
person-upcoming-shifts = Kommende Schichten
shift-primary = Hauptdienst
shift-backup = Vertretung
workload-link = Offene Fälle: { $count }
workload-unassigned = Nicht zugewiesene offene Fälle: { $count }
skills-title = Fähigkeitsmatrix
skill-cell = Stufe in { $skill } für { $name }
skill-add = Neue Fähigkeit
skill-add-hint = z. B. osint
skill-remove = Entfernen
coverage-row = { $region }: Personen ab Stufe { $level }
coverage-none = niemand
coverage-single = nur eine Person
goal-new = Neues Ziel
goal-kind = Art
goal-kind-skill = Fähigkeit
goal-kind-career = Laufbahn
goal-kind-training = Schulung
goal-kind-certification = Zertifizierung
goal-skill = Geförderte Fähigkeit (optional)
goal-target-on = Zieldatum
goal-target = Ziel am { $date }
goal-progress = Fortschritt (%)
goal-status = Status
goal-status-active = Aktiv
goal-status-done = Erreicht
goal-status-dropped = Nicht weiterverfolgt
goal-not-added = Das Ziel wurde nicht hinzugefügt.
goals-overdue-count = Überfällige Ziele: { $count }
goals-done-count = In diesem Quartal erreichte Ziele (seit { $since }): { $count }
check-in-on = Datum
check-in-wellbeing = Wohlbefinden (1 es ist gerade schwer – 5 sehr gut)
check-in-workload = Arbeitslast (1 leicht – 5 überlastet)
check-in-exposure = Minuten mit belastendem Material in dieser Woche
check-in-notes = Private Notizen (nur für die Teamleitung)
check-in-log = Gespräch erfassen
check-in-line = Wohlbefinden { $wellbeing }, Arbeitslast { $workload }, { $minutes } Min. mit belastendem Material
check-in-not-added = Das Gespräch wurde nicht gespeichert.
check-in-date-invalid = Geben Sie das Datum des Gesprächs ein.
check-in-exposure-invalid = Geben Sie die Minuten als ganze Zahl ein.
trend-title = Die letzten 12 Wochen
trend-week-ending = Woche bis
show-as-table = Als Tabelle zeigen
attention-title = Wer Unterstützung gebrauchen könnte
attention-intro = Personen, bei denen die letzten Gespräche darauf hindeuten, dass ein Austausch guttun könnte. Bei jeder Person steht, warum; gehen Sie einfühlsam auf sie zu.
attention-limit = Belastung, auf die wir achten (Minuten in 7 Tagen)
attention-low-wellbeing = Hatte es bei den letzten beiden Gesprächen schwer (Wohlbefinden { $last } und { $before } von 5).
attention-high-exposure = Hat diese Woche viel belastendes Material gesehen: { $minutes } Minuten (mehr als { $limit }). Eine Pause oder ein Wechsel der Warteschlange kann helfen.
attention-no-check-in = Seit { $days } Tagen kein Einzelgespräch: ein guter Moment, sich auszutauschen.
attention-never-checked-in = Noch kein Einzelgespräch: ein guter Moment für das erste.

## ----

## Team: shifts, coverage and handover
shifts-title = Schichten und Abdeckung
shift-gap-count = { $count ->
    [one] { $count } Stunde ohne Hauptdienst in den nächsten 168 Stunden
   *[other] { $count } Stunden ohne Hauptdienst in den nächsten 168 Stunden
}
shift-zone = Zeiten anzeigen in
shift-zone-own = Ihre Zeitzone
shift-zone-utc = UTC
shift-week-back = Vorige Woche
shift-week-next = Nächste Woche
shift-week-caption = Wer Schicht hat, Stunde für Stunde, 168 Stunden ab { $from }
shift-time = Zeit
shifts-in-week = Schichten in dieser Woche
shift-form-add = Schicht hinzufügen
shift-form-move = Schicht verschieben
shift-person = Person
shift-choose-person = Person wählen
shift-region = Abgedeckte Region
shift-kind = Art
shift-kind-unknown = Art unbekannt
shift-date = Datum
shift-start = Beginn
shift-end = Ende (am nächsten Tag, wenn früher als der Beginn)
shift-form-zone = Datum und Uhrzeiten gelten in { $name }.
shift-add = Schicht hinzufügen
shift-save-move = Neue Zeiten speichern
shift-cancel = Abbrechen
shift-move = Verschieben
shift-remove = Entfernen
shift-remove-confirm = Diese Schicht entfernen?
shift-keep = Behalten
shift-gap = Kein Hauptdienst
shift-backup-short = Vertretung:
shift-day-length = { $count ->
    [one] ein Tag mit { $count } Stunde
   *[other] ein Tag mit { $count } Stunden
}
shift-not-added = Die Schicht wurde nicht hinzugefügt.
shift-error-unreadable = Geben Sie ein Datum sowie Beginn und Ende ein.
shift-error-start-skipped = Diese Anfangszeit gibt es an diesem Tag in dieser Zone nicht (die Uhren werden vorgestellt): Wählen Sie eine andere.
shift-error-end-skipped = Diese Endzeit gibt es an diesem Tag in dieser Zone nicht (die Uhren werden vorgestellt): Wählen Sie eine andere.
shift-error-empty = Die Schicht endet, wenn sie beginnt: Wählen Sie ein anderes Ende.
shift-error-person = Wählen Sie, wer Schicht hat.
shift-error-region = Wählen Sie die abgedeckte Region.
handover-title = Übergabe
handover-intro = Am Ende der Schicht jeder Region: wann sie endet, wer übernimmt und welche offenen P0- und P1-Fälle und offenen Vorfälle sie übergibt.
handover-none = Für diese Region ist kein Hauptdienst geplant.
handover-unknown-hub = Unbekannte Region
handover-ends = Die Schicht von { $name } endet am { $time }.
handover-to = { $name } übernimmt am { $time }.
handover-after-gap = { $name } übernimmt erst am { $time }: Dazwischen hat niemand Schicht.
handover-nobody = Niemand ist für die Übernahme eingeplant.
handover-your-time = Ihre Zeit: { $time }
handover-cases = { $count ->
    [one] { $count } offener P0/P1-Fall
   *[other] { $count } offene P0/P1-Fälle
}
handover-incidents = { $count ->
    [one] { $count } offener Vorfall
   *[other] { $count } offene Vorfälle
}

## KPI dashboard (docs/kpis.md)
kpi-cases_created = Erstellte Fälle
kpi-cases_resolved = Gelöste Fälle
kpi-backlog = Jetzt offen
kpi-backlog_age_p50 = Alter offener Fälle, Median
kpi-first_response_p50 = Erste Antwort, Median
kpi-first_response_p90 = Erste Antwort, 90. Perzentil
kpi-resolution_p50 = Lösung, Median
kpi-resolution_p90 = Lösung, 90. Perzentil
kpi-sla_first_response = Erste Antwort innerhalb der SLA
kpi-sla_resolution = Innerhalb der SLA gelöst
kpi-reopen_rate = Wiedereröffnet
kpi-csat_avg = Zufriedenheit (CSAT), Mittelwert
kpi-csat_satisfied = Zufrieden (CSAT 4 oder 5)
kpi-incidents = Vorfälle
kpi-mttd = Mittlere Zeit bis zur Erkennung
kpi-mtta = Mittlere Zeit bis zur Bestätigung
kpi-mttm = Mittlere Zeit bis zur Eindämmung
kpi-mttr = Mittlere Zeit bis zur Lösung
kpi-action_items_open = Offene Maßnahmen
kpi-action_items_overdue = Überfällige Maßnahmen
kpi-open_unassigned = Nicht zugewiesene offene Fälle
kpi-goals_done = Erreichte Ziele
kpi-goals_overdue = Überfällige Ziele
kpi-wellbeing_avg = Wohlbefinden, Mittelwert
kpi-volume_by_region = Erstellte Fälle nach Region
kpi-volume_by_category = Erstellte Fälle nach Kategorie
kpi-volume_by_priority = Erstellte Fälle nach Priorität
kpi-daily_created = Erstellt
kpi-daily_resolved = Gelöst
kpi-daily_backlog = Offen am Tagesende
kpi-incidents_by_severity = Vorfälle nach Schweregrad
kpi-open_per_owner = Offene eigene Fälle
kpi-exposure_week = Belastung, letzte 7 Tage
kpi-coverage_gaps = Stunden ohne Hauptdienst, nächste 7 Tage
kpi-no-data = Keine Daten
kpi-change-none = Kein Vergleichswert
kpi-change-same = Unverändert gegenüber dem vorigen Zeitraum
kpi-change-up = Um { $amount } höher als im vorigen Zeitraum
kpi-change-down = Um { $amount } niedriger als im vorigen Zeitraum
kpi-points = { $value } Prozentpunkte
kpi-target = Zielwert { $target }
kpi-on-target = Zielwert erreicht ({ $target })
kpi-off-target = Zielwert verfehlt ({ $target })
kpi-partial-mark = Unvollständig: Einige Daten wurden nicht geladen
kpi-partial = Einige Daten wurden nicht geladen. Die als unvollständig markierten Werte beruhen auf den geladenen Daten; „Erneut versuchen“ fordert den Rest noch einmal an.
kpi-damaged = { $count ->
    [one] Ein Datensatz entspricht nicht dem Datenvertrag und fließt in keine Kennzahl ein.
   *[other] { $count } Datensätze entsprechen nicht dem Datenvertrag und fließen in keine Kennzahl ein.
}
kpi-loading = Datensätze werden geladen: { $count } von { $total }
kpi-as-of = Stand: { $time }. Zeitraum: { $from } bis { $to } (Ende nicht eingeschlossen).
kpi-refresh = Aktualisieren
kpi-csv = CSV herunterladen
kpi-print = Drucken
kpi-controls = Zeitraum und Filter
kpi-window = Zeitraum
kpi-last-days = Letzte { $count } Tage
kpi-dates = Von einem Datum bis zu einem anderen
kpi-from = Von (UTC-Datum)
kpi-to = Bis (UTC-Datum, einschließlich)
kpi-unknown = Unbekannt
kpi-chart-cases = Fälle
kpi-chart-daily = Erstellte und gelöste Fälle pro Tag (UTC)
kpi-chart-backlog = Offene Fälle am Ende jedes Tages (UTC)
kpi-chart-first-response = Zeit bis zur ersten Antwort
kpi-chart-resolution = Zeit bis zur Lösung
kpi-by-severity = Mittlere Zeiten nach Schweregrad
kpi-section-cases = Fälle
kpi-section-incidents = Vorfälle
kpi-section-team = Team
kpi-people = Personen
kpi-person = Person
kpi-gap-hours = { $count ->
    [one] Eine Stunde
   *[other] { $count } Stunden
}
kpi-changed = Einige Datensätze wurden nach diesem Stand geändert: Die Zahlen mischen zwei Zeitpunkte. Aktualisieren Sie für den neuesten Stand.

## The now view
now-title = Jetzt
now-as = Sie sind
now-no-update = Kein Update in den letzten { $hours } Stunden.
now-incidents = { $count ->
    [one] { $count } offener Vorfall
   *[other] { $count } offene Vorfälle
}
now-add-update = Update hinzufügen
now-update-label = Update
now-post = Update senden
now-cases = { $count ->
    [one] { $count } offener P0/P1-Fall
   *[other] { $count } offene P0/P1-Fälle
}
now-say-who = Wählen Sie oben, wer Sie sind, um einen Fall zu übernehmen.
now-take = Übernehmen
now-shifts = Jetzt im Dienst
now-nobody = Niemand im Dienst
now-backup = Vertretung:
header-menu = Menü
filters-toggle = Filter
filters-toggle-on = Filter ({ $count })

## The outbox (writes waiting for the backend)
error-queued = Noch nicht gesendet: im Postausgang dieses Browsers gespeichert und gesendet, sobald das Backend antwortet.
outbox-title = { $count ->
    [one] { $count } Änderung wartet auf das Senden
   *[other] { $count } Änderungen warten auf das Senden
}
outbox-send-now = Jetzt senden
outbox-discard = Verwerfen
outbox-discard-confirm = Endgültig verwerfen
outbox-again = Erneut versuchen
outbox-open = Öffnen
outbox-update = Änderung an { $id }: { $fields }
outbox-create = Neuer Datensatz { $id }
outbox-state-waiting = Wartet auf das Backend.
outbox-state-failed = Vom Backend abgelehnt: { $detail }
outbox-state-conflict = Jemand anderes hat es inzwischen geändert: { $fields }. Öffnen Sie es, um zu entscheiden, oder verwerfen Sie Ihre Änderung.
outbox-show = Anzeigen, was wartet

# Anmeldung (ein Backend mit eigener Anmeldung, außerhalb eines Portals)
sign-in-title = Anmelden
sign-in-note = Melden Sie sich mit Ihrem Watchfloor-Konto an.
sign-in-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um weiterzuarbeiten.
sign-in-email = E-Mail-Adresse
sign-in-password = Passwort
sign-in-submit = Anmelden
sign-in-busy = Anmeldung läuft…
sign-in-email-missing = Geben Sie Ihre E-Mail-Adresse ein.
sign-in-email-invalid = Geben Sie eine vollständige E-Mail-Adresse ein, etwa name@example.com.
sign-in-password-missing = Geben Sie Ihr Passwort ein.
signed-in-as = Angemeldet als { $name }
sign-out = Abmelden
error-bad-credentials = E-Mail-Adresse oder Passwort ist falsch.
error-unauthorized-sign-in = Ihre Sitzung ist abgelaufen: Bitte melden Sie sich erneut an.

# label-colon: { $label } and its colon
label-colon = { $label }:
