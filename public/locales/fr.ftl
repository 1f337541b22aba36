# Watchfloor : français

loading = Chargement…
startup-error-title = Watchfloor ne peut pas démarrer
startup-error-hint = Demandez à la personne qui l’a déployé de vérifier config.json à côté d’index.html.

nav-main = Navigation principale
nav-now = Maintenant
nav-cases = Dossiers
nav-incidents = Incidents
nav-team = Équipe
nav-kpis = Indicateurs

not-found-title = Page introuvable
not-found-text = Il n’y a aucune page à cette adresse.
not-found-link = Aller aux dossiers

clocks-label = Heures locales
clock-you = Vous
language-label = Langue
zone-label = Heures
zone-local = Locale
zone-utc = UTC

retry = Réessayer
damaged-summary = { $count ->
    [one] { $count } enregistrement endommagé écarté
    [many] { $count } d’enregistrements endommagés écartés
   *[other] { $count } enregistrements endommagés écartés
}
damaged-no-id = (sans identifiant)
more = { $count ->
    [one] et { $count } autre
    [many] et { $count } autres
   *[other] et { $count } autres
}

error-network = Impossible de joindre le serveur ({ $detail }). Vérifiez la connexion et l’adresse de l’API dans config.json.
error-unauthorized = Votre session a expiré : reconnectez-vous via votre portail.
error-not-found = Introuvable : l’élément a peut-être été supprimé.
error-conflict = Quelqu’un d’autre a modifié cet enregistrement depuis que vous l’avez ouvert.
error-duplicate = Un enregistrement avec cet identifiant existe déjà.
error-http = Le serveur a répondu par une erreur (HTTP { $status }).
error-http-detail = Le serveur a répondu par une erreur (HTTP { $status }) : { $detail }
error-protocol = La réponse du serveur est incompréhensible : { $detail }
error-invalid-query = Requête invalide : { $detail }
error-unsupported = Non pris en charge par ce serveur : { $detail }
error-config = Problème de configuration : { $detail }
error-timeout = Le serveur n’a pas répondu à temps. Vérifiez la connexion et réessayez.
error-too-many-records = Trop d’enregistrements correspondent pour un seul chargement ({ $count } au plus). Affinez les filtres.

cases-title = Dossiers
cases-count = { $count ->
    [one] { $count } dossier
    [many] { $count } de dossiers
   *[other] { $count } dossiers
}
cases-open = { $count ->
    [one] { $count } ouvert
    [many] { $count } ouverts
   *[other] { $count } ouverts
}
created-ago = créé { $ago }
status-new = Nouveau
status-triage = Tri
status-investigating = En cours d’analyse
status-waiting = En attente
status-resolved = Résolu
status-unknown = Inconnu

incidents-title = Incidents
incidents-count = { $count ->
    [one] { $count } incident
    [many] { $count } d’incidents
   *[other] { $count } incidents
}
incident-status-investigating = En cours d’analyse
incident-status-identified = Cause identifiée
incident-status-monitoring = Sous surveillance
incident-status-resolved = Résolu
severity-sev1 = SEV1 · critique
severity-sev2 = SEV2 · majeur
severity-sev3 = SEV3 · modéré
severity-sev4 = SEV4 · mineur
detected-at = détecté le { $when }
events-title = Chronologie
events-count = { $count ->
    [one] { $count } événement
    [many] { $count } d’événements
   *[other] { $count } événements
}
actions-title = Actions de suivi
actions-count = { $count ->
    [one] { $count } action
    [many] { $count } d’actions
   *[other] { $count } actions
}
actions-open = { $count ->
    [one] { $count } ouverte
    [many] { $count } ouvertes
   *[other] { $count } ouvertes
}

team-title = Équipe
team-more-title = Développement, points individuels et créneaux
people-count = { $count ->
    [one] { $count } personne
    [many] { $count } de personnes
   *[other] { $count } personnes
}
goals-count = { $count ->
    [one] { $count } objectif
    [many] { $count } d’objectifs
   *[other] { $count } objectifs
}
check-ins-count = { $count ->
    [one] { $count } point individuel
    [many] { $count } de points individuels
   *[other] { $count } points individuels
}
shifts-count = { $count ->
    [one] { $count } créneau
    [many] { $count } de créneaux
   *[other] { $count } créneaux
}
role-lead = Responsable d’équipe
role-manager = Manager
role-specialist = Spécialiste
role-analyst = Analyste

kpis-title = Indicateurs
sla-title = Politiques de SLA
sla-priority = Priorité
sla-first-response = Première réponse (min)
sla-resolution = Résolution (min)

# The case board
category-account_security = Sécurité des comptes
category-harmful_content = Contenu préjudiciable
category-high_profile = Personnalités
category-legal_request = Demande juridique
category-platform_bug = Bug de la plateforme
category-crisis = Crise
category-other = Autre
sla-first-left = répondre sous { $time }
sla-resolve-left = résoudre sous { $time }
sla-first-overdue = réponse en retard de { $time }
sla-resolve-overdue = résolution en retard de { $time }
sla-met = résolu dans le SLA
sla-missed = résolu hors SLA
move-to = Déplacer vers
reveal = Afficher la description
sensitive-hidden = Contenu sensible : description masquée
filter-region = Région
filter-priority = Priorité
filter-category = Catégorie
filter-owner = Attribué à
filter-all = Tous
filter-unassigned = Non attribué
search = Rechercher
change-not-saved = Non enregistré, la carte est revenue à sa place :
conflict-title = Quelqu’un d’autre a modifié ce dossier depuis son chargement : { $fields }.
conflict-apply = Appliquer ma modification par-dessus
dismiss = Fermer
show-more = Afficher plus

# The case workspace: layout, toolbar, table, case page
back-to-cases = ← Tous les dossiers
case-damaged = Ce dossier ne peut pas être affiché
choose = Choisir…
close = Fermer
column-created = Créé
column-sla = SLA
column-status = Statut
column-title = Titre
column-updated = Modifié
conflict-overlap = Appliquer la vôtre par-dessus remplace la modification de l’autre personne dans les champs : { $fields }.
conflict-reload-form = Charger la version de l’autre personne (vos modifications seront perdues)
create-case = Créer le dossier
delete-view = Supprimer la vue { $name }
discard = Abandonner
draft-restored = Vos modifications non enregistrées sont de retour dans le formulaire.
drag-hint = Glisser vers une autre colonne
export-csv = Exporter en CSV
field-csat = CSAT
field-description = Description
field-first-response = Première réponse
field-id = Identifiant
field-incident = Incident
field-reopened = Réouvertures
field-resolved = Résolu
field-sensitive = Sensible : contient des contenus potentiellement choquants (description masquée jusqu’à ce que vous l’affichiez)
field-tags = Étiquettes (séparées par des virgules)
field-version = Version
filter-language = Langue
filter-partner = Équipe partenaire
form-invalid = Certains champs sont à revoir : voir les messages en dessous.
form-not-saved = Non enregistré ; vos modifications sont toujours dans le formulaire :
invalid-language = Utilisez un code de langue comme de, ar ou pt-BR.
invalid-one-line = Une seule ligne, s’il vous plaît.
invalid-required = Obligatoire.
invalid-tag = Chaque étiquette fait au plus 40 caractères.
invalid-too-long = Trop long.
last-refreshed = Dernière actualisation à { $time }
offline-banner = Hors ligne : données datant de { $time }
feed-live = En direct
feed-live-hint = les modifications des autres s’affichent ici aussitôt
feed-connecting = Connexion…
feed-down = Pas en direct
feed-down-hint = les modifications des autres s’affichent à la prochaine actualisation
layout-board = Tableau
layout-label = Affichage
layout-table = Liste
mark-responded = Répondu
new-case = Nouveau dossier
none = Aucun
nothing-to-save = Rien n’a changé : rien à enregistrer.
refresh-failed = Échec de l’actualisation :
refresh-now = Actualiser
save-case = Enregistrer
save-view = Enregistrer la vue
saved = Enregistré.
saved-views = Vues enregistrées
saving = Enregistrement…
shortcut-help = Afficher cette liste
shortcut-new = Nouveau dossier
shortcut-search = Rechercher
shortcuts = Raccourcis clavier
unsaved-changes = Modifications non enregistrées
view-name = Nom de cette vue
table-count = { $count ->
    [one] { $count } dossier dans la liste
    [many] { $count } de dossiers dans la liste
   *[other] { $count } dossiers dans la liste
}
partner-policy = Politiques
partner-legal = Juridique
partner-engineering = Ingénierie
partner-trust = Confiance et sécurité
partner-product = Produit
partner-marketing = Marketing
partner-comms = Communication

# Saving and syncing (the save engine)
label-sensitive = Sensible
label-tags = Étiquettes
field-other = Autre champ
sla-defaults-loading = Les minuteurs SLA utilisent les délais cibles par défaut tant que les politiques SLA ne sont pas chargées.
sla-defaults-failed = Les politiques SLA n’ont pas pu être chargées : les minuteurs utilisent les délais cibles par défaut.
draft-stale = Quelqu’un a enregistré ce dossier après vos modifications non enregistrées (version { $from } → { $to }). Vérifiez-les avant d’enregistrer : l’enregistrement écrit vos modifications par-dessus les siennes.

# Timelines (incident timelines, case notes and history)
timeline-heading = Chronologie
timeline-new = Nouvelle entrée
timeline-hint = Entrée l’ajoute comme : { $kind }
timeline-add = Ajouter
timeline-details = Type et heure…
timeline-kind = Type
timeline-time-local = Quand c’est arrivé (votre heure)
timeline-time-utc = Quand c’est arrivé (UTC)
timeline-extra = Équipe partenaire
timeline-as = Écrit par
timeline-nobody = Non indiqué
timeline-filter = Afficher
timeline-all = Tous les types
timeline-empty = Rien pour l’instant.
timeline-unknown-author = inconnu
timeline-no-time = heure inconnue
timeline-text = Texte
timeline-edit = Modifier
timeline-delete = Supprimer
timeline-save = Enregistrer
timeline-cancel = Annuler
timeline-delete-confirm = Supprimer cette entrée ?
timeline-delete-yes = Oui, supprimer
timeline-time-invalid = Saisissez une date et une heure complètes, à partir de l’an 2000.
timeline-time-future = C’est plus d’un jour dans le futur. Une entrée consigne ce qui s’est déjà passé : indiquez quand cela a eu lieu.
timeline-unknown-kind = type inconnu
case-history = Notes et historique
case-event-note = Note
case-event-change = Modification
case-event-partner_request = Demande à une équipe partenaire
case-event-partner_reply = Réponse d’une équipe partenaire
history-change = { $field } : { $from } → { $to }
history-hidden = (masqué)
history-team = Équipe partenaire : { $name }
history-add-failed = Non ajouté :
history-edit-failed = L’entrée n’a pas été enregistrée :
history-delete-conflict = Quelqu’un a modifié cette entrée depuis son chargement : elle n’a pas été supprimée. Relisez-la d’abord.
history-delete-failed = L’entrée n’a pas été supprimée :

# Incident timelines
record-not-saved = Non enregistré ; la version stockée est de nouveau affichée :
record-conflict = Quelqu’un d’autre a modifié ceci depuis le chargement : { $fields }. La version de l’autre personne est affichée.
action-items = Actions correctives
add-item = Ajouter une action
back-to-incidents = ← Tous les incidents
change-status = Changer le statut
declare-failed = L’incident n’a pas été déclaré.
declare-retry-hint = Rien de ce que vous avez saisi n’est perdu : appuyez sur « Déclarer un incident » pour réessayer.
declare-incident = Déclarer un incident
duration-acknowledge = Délai de prise en charge
duration-detect = Délai de détection
duration-mitigate = Délai d’atténuation
duration-resolve = Délai de résolution
duration-so-far = { $time } jusqu’ici
entry-not-added = L’entrée n’a pas été ajoutée.
entry-not-deleted = L’entrée n’a pas été supprimée.
escalate-case = Escalader en incident
escalating-case = Escalade du dossier :
event-kind-detected = Détecté
event-kind-declared = Déclaré
event-kind-update = Point d’étape
event-kind-escalated = Escaladé
event-kind-comms = Communication
event-kind-mitigation = Atténuation
event-kind-decision = Décision
event-kind-status_change = Changement de statut
event-kind-resolved = Résolu
event-kind-note = Note
export-field = Champ
export-value = Valeur
export-severity = Gravité
export-status = Statut
export-commander = Responsable d’incident
export-regions = Régions
export-started = Début de l’impact
export-detected = Détecté
export-acknowledged = Pris en charge
export-mitigated = Atténué
export-resolved = Résolu
export-durations = Durées
export-time-to-detect = Délai de détection
export-time-to-acknowledge = Délai de prise en charge
export-time-to-mitigate = Délai d’atténuation
export-time-to-resolve = Délai de résolution
export-running = (jusqu’ici)
export-summary = Résumé
export-timeline = Chronologie
export-action-items = Actions correctives
export-owner = Attribué à
export-due = Échéance
export-overdue = en retard
export-root-cause = Cause racine
export-lessons = Enseignements
export-title = Export
export-copy = Copier le Markdown
export-download = Télécharger le Markdown
export-copied = Copié.
export-select = Le navigateur n’a pas autorisé la copie : le texte ci-dessous est sélectionné, copiez-le avec Ctrl+C.
export-preview = Texte Markdown
filters-label = Filtres
followups-failed = L’incident est déclaré, mais ses premières entrées de chronologie ou le lien avec le dossier n’ont pas encore été écrits.
incident-commander = Responsable d’incident
incident-not-found = Incident introuvable
incident-not-live = Résolu : pas d’actualisation automatique.
incident-regions = Régions
incident-running = En cours depuis { $time }
incident-lasted = A duré { $time }
incident-started = Début de l’impact
incident-status-label = Statut
incident-summary = Résumé
item-due = Échéance
item-not-added = L’action n’a pas été ajoutée.
item-overdue = En retard
item-title = Action
link-case = Lier un dossier
linked-cases = Dossiers liés
no-linked-cases = Aucun dossier lié.
review-lessons = Enseignements
review-root-cause = Cause racine
review-save = Enregistrer la revue
review-title = Revue post-incident
severity-label = Gravité
status-entry-failed = Le statut a changé, mais l’entrée de chronologie n’a pas été écrite.
invalid-not-a-local-time = Cette heure locale n’existe pas (elle est sautée au passage à l’heure d’été). Choisissez une autre heure ou passez en UTC.
invalid-time = Ce n’est pas une date et une heure valides.
apply-choice = Appliquer
link-case-apply = Lier
followup-case-gone = Le dossier à l’origine de cet incident n’existe plus ; il n’a pas été lié.
declare-case-failed = Le dossier à escalader n’a pas pu être lu.
declare-case-not-read = L’incident ne peut pas être déclaré tant que le dossier à escalader n’a pas été lu : il y sera lié. Utilisez « Réessayer » ci-dessus pour le relire.
duration-out-of-order = Heures dans le désordre (fin { $time } avant le début)
export-out-of-order = heures dans le désordre
case-linked-elsewhere = Ce dossier est déjà lié à un autre incident ; il n’a pas été lié ici.
unlink-case = Délier
invalid-future = Ne peut pas être dans le futur.
invalid-after-detected = Ne doit pas être postérieur à la détection.
history-yes = Oui
history-no = Non
history-more = { $count ->
    [one] { $count } autre modification non affichée.
    [many] { $count } autres modifications non affichées.
   *[other] { $count } autres modifications non affichées.
}

## Team: navigation
team-nav = Pages de l’équipe
team-nav-people = Personnes
team-nav-skills = Compétences
team-nav-goals = Objectifs
team-nav-wellbeing = Points individuels et bien-être
team-nav-shifts = Créneaux
team-nav-handover = Passation

## Team: people, skills, goals, check-ins (keep this block before the next)
add = Ajouter
save = Enregistrer
cancel = Annuler
yes = Oui
no = Non
record-not-deleted = Non supprimé ; l’élément est de nouveau affiché :
person-name = Nom
person-role = Rôle
person-region = Région
person-timezone = Fuseau horaire (IANA, p. ex. Europe/Dublin)
person-local-time = Heure locale
person-languages = Langues (p. ex. en, ar, pt-BR)
person-mentor = Mentor
person-started = Arrivée dans l’équipe
person-active = Dans l’équipe
person-inactive = A quitté l’équipe
person-open-cases = Dossiers ouverts attribués
person-add = Ajouter une personne
person-edit = Modifier
person-not-found = Personne dans l’équipe ne porte cet identifiant.
person-not-added = La personne n’a pas été ajoutée.
person-name-missing = Saisissez un nom.
person-role-missing = Choisissez un rôle.
person-region-missing = Choisissez une région de rattachement.
person-zone-invalid = Saisissez un fuseau horaire connu du navigateur, comme Europe/Dublin.
person-languages-invalid = Utilisez des codes de langue comme en, ar ou pt-BR, séparés par des virgules.
person-date-invalid = Saisissez une date au format AAAA-MM-JJ.
person-mentor-self = Une personne ne peut pas être son propre mentor.
person-upcoming-shifts = Prochains créneaux
shift-primary = Titulaire
shift-backup = Renfort
workload-link = Dossiers ouverts : { $count }
workload-unassigned = Dossiers ouverts non attribués : { $count }
skills-title = Matrice des compétences
skill-cell = Niveau en { $skill } pour { $name }
skill-add = Nouvelle compétence
skill-add-hint = p. ex. osint
skill-remove = Retirer
coverage-row = { $region } : personnes au niveau { $level } ou plus
coverage-none = personne
coverage-single = une seule personne
goal-new = Nouvel objectif de développement
goal-kind = Type
goal-kind-skill = Compétence
goal-kind-career = Carrière
goal-kind-training = Formation
goal-kind-certification = Certification
goal-skill = Compétence visée (facultatif)
goal-target-on = Échéance
goal-target = échéance le { $date }
goal-progress = Avancement (%)
goal-status = Statut
goal-status-active = En cours
goal-status-done = Atteint
goal-status-dropped = Non poursuivi
goal-not-added = L’objectif n’a pas été ajouté.
goals-overdue-count = Objectifs en retard : { $count }
goals-done-count = Objectifs atteints ce trimestre (depuis le { $since }) : { $count }
check-in-on = Date
check-in-wellbeing = Bien-être (1 difficile – 5 très bien)
check-in-workload = Charge de travail (1 légère – 5 trop lourde)
check-in-exposure = Minutes passées sur des contenus potentiellement choquants cette semaine
check-in-notes = Notes privées (responsables d’équipe uniquement)
check-in-log = Enregistrer le point individuel
check-in-line = bien-être { $wellbeing }, charge { $workload }, { $minutes } min de contenus difficiles
check-in-not-added = Le point individuel n’a pas été enregistré.
check-in-date-invalid = Saisissez la date du point individuel.
check-in-exposure-invalid = Saisissez les minutes en nombre entier.
trend-title = Les 12 dernières semaines
trend-week-ending = Semaine se terminant le
show-as-table = Afficher en tableau
attention-title = Qui pourrait avoir besoin de soutien
attention-intro = Les personnes dont les derniers points individuels laissent penser qu’un échange leur ferait du bien. Chaque ligne dit pourquoi ; allez vers elles avec bienveillance.
attention-limit = Exposition à laquelle prêter attention (minutes sur 7 jours)
attention-low-wellbeing = Semble traverser une période difficile d’après les deux derniers points individuels (bien-être { $last } et { $before } sur 5).
attention-high-exposure = A vu beaucoup de contenus difficiles cette semaine : { $minutes } minutes (plus de { $limit }). Une pause ou un changement de file pourrait aider.
attention-no-check-in = Aucun point individuel depuis { $days } jours : un bon moment pour prendre des nouvelles.
attention-never-checked-in = Pas encore de point individuel : un bon moment pour un premier échange.

## ----

## Team: shifts, coverage and handover
shifts-title = Créneaux et couverture
shift-gap-count = { $count ->
    [one] { $count } heure sans titulaire dans les 168 prochaines heures
    [many] { $count } d’heures sans titulaire dans les 168 prochaines heures
   *[other] { $count } heures sans titulaire dans les 168 prochaines heures
}
shift-zone = Afficher les heures en
shift-zone-own = Votre fuseau horaire
shift-zone-utc = UTC
shift-week-back = Semaine précédente
shift-week-next = Semaine suivante
shift-week-caption = Qui est de service, heure par heure, pendant 168 heures à partir du { $from }
shift-time = Heure
shifts-in-week = Créneaux de cette semaine
shift-form-add = Ajouter un créneau
shift-form-move = Déplacer un créneau
shift-person = Personne
shift-choose-person = Choisir une personne
shift-region = Région couverte
shift-kind = Type
shift-kind-unknown = Type inconnu
shift-date = Date
shift-start = Début
shift-end = Fin (le lendemain si elle précède le début)
shift-form-zone = La date et les heures sont en { $name }.
shift-add = Ajouter le créneau
shift-save-move = Enregistrer les nouveaux horaires
shift-cancel = Annuler
shift-move = Déplacer
shift-remove = Supprimer
shift-remove-confirm = Supprimer ce créneau ?
shift-keep = Le conserver
shift-gap = Aucun titulaire
shift-backup-short = Renfort :
shift-day-length = { $count ->
    [one] une journée de { $count } heure
    [many] une journée de { $count } d’heures
   *[other] une journée de { $count } heures
}
shift-not-added = Le créneau n’a pas été ajouté.
shift-error-unreadable = Saisissez une date, une heure de début et une heure de fin.
shift-error-start-skipped = Cette heure de début n’existe pas ce jour-là dans ce fuseau (passage à l’heure d’été) : choisissez-en une autre.
shift-error-end-skipped = Cette heure de fin n’existe pas ce jour-là dans ce fuseau (passage à l’heure d’été) : choisissez-en une autre.
shift-error-empty = Le créneau finit quand il commence : choisissez une autre heure de fin.
shift-error-person = Choisissez qui est de service.
shift-error-region = Choisissez la région couverte.
handover-title = Passation
handover-intro = À la fin du créneau de chaque région : quand il finit, qui prend le relais, et les dossiers P0 et P1 ouverts et les incidents ouverts qu’il transmet.
handover-none = Aucun titulaire n’est prévu pour cette région.
handover-unknown-hub = Région inconnue
handover-ends = Le créneau de { $name } finit le { $time }.
handover-to = { $name } prend le relais le { $time }.
handover-after-gap = { $name } ne prend le relais que le { $time } : personne n’est de service entre-temps.
handover-nobody = Personne n’est prévu pour prendre le relais.
handover-your-time = Votre heure : { $time }
handover-cases = { $count ->
    [one] { $count } dossier P0/P1 ouvert
    [many] { $count } de dossiers P0/P1 ouverts
   *[other] { $count } dossiers P0/P1 ouverts
}
handover-incidents = { $count ->
    [one] { $count } incident ouvert
    [many] { $count } d’incidents ouverts
   *[other] { $count } incidents ouverts
}

## KPI dashboard (docs/kpis.md)
kpi-cases_created = Dossiers créés
kpi-cases_resolved = Dossiers résolus
kpi-backlog = Ouverts actuellement
kpi-backlog_age_p50 = Âge des dossiers ouverts, médiane
kpi-first_response_p50 = Première réponse, médiane
kpi-first_response_p90 = Première réponse, 90e centile
kpi-resolution_p50 = Résolution, médiane
kpi-resolution_p90 = Résolution, 90e centile
kpi-sla_first_response = Première réponse dans le SLA
kpi-sla_resolution = Résolus dans le SLA
kpi-reopen_rate = Rouverts
kpi-csat_avg = Satisfaction (CSAT), moyenne
kpi-csat_satisfied = Satisfaits (CSAT 4 ou 5)
kpi-incidents = Incidents
kpi-mttd = Délai moyen de détection
kpi-mtta = Délai moyen de prise en charge
kpi-mttm = Délai moyen d’atténuation
kpi-mttr = Délai moyen de résolution
kpi-action_items_open = Actions correctives ouvertes
kpi-action_items_overdue = Actions correctives en retard
kpi-open_unassigned = Dossiers ouverts non attribués
kpi-goals_done = Objectifs atteints
kpi-goals_overdue = Objectifs en retard
kpi-wellbeing_avg = Bien-être, moyenne
kpi-volume_by_region = Dossiers créés par région
kpi-volume_by_category = Dossiers créés par catégorie
kpi-volume_by_priority = Dossiers créés par priorité
kpi-daily_created = Créés
kpi-daily_resolved = Résolus
kpi-daily_backlog = Ouverts en fin de journée
kpi-incidents_by_severity = Incidents par gravité
kpi-open_per_owner = Dossiers ouverts attribués
kpi-exposure_week = Exposition, 7 derniers jours
kpi-coverage_gaps = Heures sans titulaire, 7 prochains jours
kpi-no-data = Aucune donnée
kpi-change-none = Rien à comparer
kpi-change-same = Identique à la période précédente
kpi-change-up = En hausse de { $amount } par rapport à la période précédente
kpi-change-down = En baisse de { $amount } par rapport à la période précédente
kpi-points = { $value } points
kpi-target = Cible { $target }
kpi-on-target = Cible atteinte ({ $target })
kpi-off-target = Cible non atteinte ({ $target })
kpi-partial-mark = Partiel : certaines données n’ont pas été chargées
kpi-partial = Certaines données n’ont pas été chargées. Les valeurs marquées comme partielles reposent sur les données chargées ; « Réessayer » redemande le reste.
kpi-damaged = { $count ->
    [one] { $count } enregistrement ne respecte pas le contrat de données et est exclu de tous les indicateurs.
    [many] { $count } d’enregistrements ne respectent pas le contrat de données et sont exclus de tous les indicateurs.
   *[other] { $count } enregistrements ne respectent pas le contrat de données et sont exclus de tous les indicateurs.
}
kpi-loading = Chargement des enregistrements : { $count } sur { $total }
kpi-as-of = Données au { $time }. Période : du { $from } au { $to } (fin non incluse).
kpi-refresh = Actualiser
kpi-csv = Télécharger le CSV
kpi-print = Imprimer
kpi-controls = Période et filtres
kpi-window = Période
kpi-last-days = { $count } derniers jours
kpi-dates = D’une date à une autre
kpi-from = Du (date UTC)
kpi-to = Au (date UTC, incluse)
kpi-unknown = Inconnu
kpi-chart-cases = Dossiers
kpi-chart-daily = Dossiers créés et résolus par jour (UTC)
kpi-chart-backlog = Dossiers ouverts à la fin de chaque journée (UTC)
kpi-chart-first-response = Délai de première réponse
kpi-chart-resolution = Délai de résolution
kpi-by-severity = Délais moyens par gravité
kpi-section-cases = Dossiers
kpi-section-incidents = Incidents
kpi-section-team = Équipe
kpi-people = Personnes
kpi-person = Personne
kpi-gap-hours = { $count ->
    [one] { $count } heure
    [many] { $count } d’heures
   *[other] { $count } heures
}
kpi-changed = Certains enregistrements ont changé après l’heure de référence : les chiffres mêlent deux moments. Actualisez pour voir les dernières données.

## The now view
now-title = Maintenant
now-as = Vous êtes
now-no-update = Aucun point ces { $hours } dernières heures.
now-incidents = { $count ->
    [one] { $count } incident ouvert
    [many] { $count } d’incidents ouverts
   *[other] { $count } incidents ouverts
}
now-add-update = Ajouter un point
now-update-label = Point de situation
now-post = Publier
now-cases = { $count ->
    [one] { $count } dossier P0/P1 ouvert
    [many] { $count } de dossiers P0/P1 ouverts
   *[other] { $count } dossiers P0/P1 ouverts
}
now-say-who = Indiquez ci-dessus qui vous êtes pour prendre un dossier.
now-take = Prendre
now-shifts = De service maintenant
now-nobody = Personne de service
now-backup = Renfort :
header-menu = Menu
filters-toggle = Filtres
filters-toggle-on = Filtres ({ $count })

## The outbox (writes waiting for the backend)
error-queued = Pas encore envoyé : gardé dans la boîte d’envoi de ce navigateur et envoyé dès que le serveur répond.
outbox-title = { $count ->
    [one] { $count } modification en attente d’envoi
    [many] { $count } de modifications en attente d’envoi
   *[other] { $count } modifications en attente d’envoi
}
outbox-send-now = Envoyer maintenant
outbox-discard = Abandonner
outbox-discard-confirm = Abandonner définitivement
outbox-again = Réessayer
outbox-open = Ouvrir
outbox-update = Modification de { $id } : { $fields }
outbox-create = Nouvel enregistrement { $id }
outbox-state-waiting = En attente du serveur.
outbox-state-failed = Refusé par le serveur : { $detail }
outbox-state-conflict = Quelqu’un d’autre l’a modifié entre-temps : { $fields }. Ouvrez-le pour décider, ou abandonnez votre modification.
outbox-show = Voir ce qui attend

# Connexion (un serveur avec sa propre connexion, hors d'un portail)
sign-in-title = Connexion
sign-in-note = Connectez-vous avec votre compte Watchfloor.
sign-in-expired = Votre session a expiré. Reconnectez-vous pour continuer.
sign-in-email = Adresse e-mail
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-busy = Connexion en cours…
sign-in-email-missing = Saisissez votre adresse e-mail.
sign-in-email-invalid = Saisissez une adresse e-mail complète, par exemple nom@example.com.
sign-in-password-missing = Saisissez votre mot de passe.
signed-in-as = Session ouverte : { $name }
sign-out = Se déconnecter
error-bad-credentials = Adresse e-mail ou mot de passe incorrect.
error-unauthorized-sign-in = Votre session a expiré : reconnectez-vous.

# label-colon: { $label } and its colon
label-colon = { $label } :
