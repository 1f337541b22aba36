# Watchfloor: English (the default, and every other locale's fallback).
# Keep the keys of every locale the same (a host test checks).

loading = Loading…
startup-error-title = Watchfloor cannot start
startup-error-hint = Ask whoever deployed it to check config.json beside index.html.

nav-main = Main
nav-now = Now
nav-cases = Cases
nav-incidents = Incidents
nav-team = Team
nav-kpis = KPIs

not-found-title = Not found
not-found-text = There is no page at this address.
not-found-link = Go to the cases

clocks-label = Local times
clock-you = You
language-label = Language
zone-label = Times
zone-local = Local
zone-utc = UTC

retry = Retry
damaged-summary = { $count ->
    [one] { $count } damaged record left out
   *[other] { $count } damaged records left out
}
damaged-no-id = (no id)
more = { $count ->
    [one] and { $count } more
   *[other] and { $count } more
}

error-network = Cannot reach the backend ({ $detail }). Check the connection and the API address in config.json.
error-unauthorized = Your session has ended: sign in again through your portal.
error-not-found = Not found: it may have been deleted.
error-conflict = Someone else changed this record since you opened it.
error-duplicate = A record with this id already exists.
error-http = The backend answered with an error (HTTP { $status }).
error-http-detail = The backend answered with an error (HTTP { $status }): { $detail }
error-protocol = The backend's answer was not understood: { $detail }
error-invalid-query = Invalid query: { $detail }
error-unsupported = Not supported by this backend: { $detail }
error-config = Configuration problem: { $detail }
error-timeout = The backend did not answer in time. Check the connection and try again.
error-too-many-records = More records match than the app loads at once ({ $count }). Narrow the filters.

cases-title = Cases
cases-count = { $count ->
    [one] { $count } case
   *[other] { $count } cases
}
cases-open = { $count ->
    [one] { $count } open
   *[other] { $count } open
}
created-ago = created { $ago }
status-new = New
status-triage = Triage
status-investigating = Investigating
status-waiting = Waiting
status-resolved = Resolved
status-unknown = Unknown

incidents-title = Incidents
incidents-count = { $count ->
    [one] { $count } incident
   *[other] { $count } incidents
}
incident-status-investigating = Investigating
incident-status-identified = Identified
incident-status-monitoring = Monitoring
incident-status-resolved = Resolved
severity-sev1 = SEV1 · critical
severity-sev2 = SEV2 · major
severity-sev3 = SEV3 · moderate
severity-sev4 = SEV4 · minor
detected-at = detected { $when }
events-title = Timeline events
events-count = { $count ->
    [one] { $count } event
   *[other] { $count } events
}
actions-title = Action items
actions-count = { $count ->
    [one] { $count } action item
   *[other] { $count } action items
}
actions-open = { $count ->
    [one] { $count } open
   *[other] { $count } open
}

team-title = Team
team-more-title = Growth, check-ins and shifts
people-count = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
goals-count = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
check-ins-count = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}
shifts-count = { $count ->
    [one] { $count } shift
   *[other] { $count } shifts
}
role-lead = Lead
role-manager = Manager
role-specialist = Specialist
role-analyst = Analyst

kpis-title = KPIs
sla-title = SLA policies
sla-priority = Priority
sla-first-response = First response (min)
sla-resolution = Resolution (min)

# The case board
category-account_security = Account security
category-harmful_content = Harmful content
category-high_profile = High profile
category-legal_request = Legal request
category-platform_bug = Platform bug
category-crisis = Crisis
category-other = Other
sla-first-left = respond within { $time }
sla-resolve-left = resolve within { $time }
sla-first-overdue = response overdue by { $time }
sla-resolve-overdue = resolution overdue by { $time }
sla-met = resolved within SLA
sla-missed = resolved after SLA
move-to = Move to
reveal = Show description
sensitive-hidden = Sensitive: description hidden
filter-region = Region
filter-priority = Priority
filter-category = Category
filter-owner = Owner
filter-all = All
filter-unassigned = Unassigned
search = Search
change-not-saved = Not saved, the card is back where it was:
conflict-title = Someone else changed this case since you loaded it: { $fields }.
conflict-apply = Apply my change on top
dismiss = Dismiss
show-more = Show more

# The case workspace: layout, toolbar, table, case page
back-to-cases = ← All cases
case-damaged = This case cannot be shown
choose = Choose…
close = Close
column-created = Created
column-sla = SLA
column-status = Status
column-title = Title
column-updated = Updated
conflict-overlap = Applying yours on top replaces their change to: { $fields }.
conflict-reload-form = Load their version (discards your edits)
create-case = Create case
delete-view = Delete the view { $name }
discard = Discard
draft-restored = Your unsaved changes from earlier are back in the form.
drag-hint = Drag to another column
export-csv = Export CSV
field-csat = CSAT
field-description = Description
field-first-response = First response
field-id = Id
field-incident = Incident
field-reopened = Reopened
field-resolved = Resolved
field-sensitive = Sensitive: holds disturbing material (description hidden until revealed)
field-tags = Tags (separated by commas)
field-version = Version
filter-language = Language
filter-partner = Partner team
form-invalid = Some fields need attention: see the messages below them.
form-not-saved = Not saved; your changes are still in the form:
invalid-language = Use a language tag such as de, ar or pt-BR.
invalid-one-line = Keep it to one line.
invalid-required = Required.
invalid-tag = Each tag can be at most 40 characters.
invalid-too-long = Too long.
last-refreshed = Last refreshed { $time }
offline-banner = Offline: showing data as of { $time }
feed-live = Live
feed-live-hint = changes by others show here at once
feed-connecting = Connecting…
feed-down = Not live
feed-down-hint = changes by others show at the next refresh
layout-board = Board
layout-label = Layout
layout-table = Table
mark-responded = Responded
new-case = New case
none = None
nothing-to-save = Nothing changed: nothing to save.
refresh-failed = Refresh failed:
refresh-now = Refresh now
save-case = Save changes
save-view = Save view
saved = Saved.
saved-views = Saved views
saving = Saving…
shortcut-help = Show this list
shortcut-new = New case
shortcut-search = Search
shortcuts = Keyboard shortcuts
unsaved-changes = Unsaved changes
view-name = Name of this view
table-count = { $count ->
    [one] { $count } case in the table
   *[other] { $count } cases in the table
}
partner-policy = Policy
partner-legal = Legal
partner-engineering = Engineering
partner-trust = Trust & Safety
partner-product = Product
partner-marketing = Marketing
partner-comms = Communications

# Saving and syncing (the save engine)
label-sensitive = Sensitive
label-tags = Tags
field-other = Other field
sla-defaults-loading = SLA clocks use the default targets until the SLA policies have loaded.
sla-defaults-failed = The SLA policies could not be loaded: the clocks use the default targets.
draft-stale = Someone saved this case since you made these unsaved changes (version { $from } → { $to }). Check them before saving: saving writes your changes on top of theirs.

# Timelines (incident timelines, case notes and history)
timeline-heading = Timeline
timeline-new = New entry
timeline-hint = Enter adds it as: { $kind }
timeline-add = Add
timeline-details = Kind and time…
timeline-kind = Kind
timeline-time-local = When it happened (your time)
timeline-time-utc = When it happened (UTC)
timeline-extra = Partner team
timeline-as = Written by
timeline-nobody = Not said
timeline-filter = Show
timeline-all = All kinds
timeline-empty = Nothing here yet.
timeline-unknown-author = unknown
timeline-no-time = time unknown
timeline-text = Text
timeline-edit = Edit
timeline-delete = Delete
timeline-save = Save
timeline-cancel = Cancel
timeline-delete-confirm = Delete this entry?
timeline-delete-yes = Yes, delete
timeline-time-invalid = Enter a full date and time, from the year 2000 on.
timeline-time-future = That is more than a day from now. An entry records what already happened: enter when it did.
timeline-unknown-kind = unknown kind
case-history = Notes and history
case-event-note = Note
case-event-change = Change
case-event-partner_request = Partner request
case-event-partner_reply = Partner reply
history-change = { $field }: { $from } → { $to }
history-hidden = (hidden)
history-team = Partner team: { $name }
history-add-failed = Not added:
history-edit-failed = The entry was not saved:
history-delete-conflict = Someone changed this entry since it was loaded, so it was not deleted. Look at it again first.
history-delete-failed = The entry was not deleted:

# Incident timelines
record-not-saved = Not saved; what is stored is shown again:
record-conflict = Someone else changed this since you loaded it: { $fields }. Their version is shown.
action-items = Action items
add-item = Add action item
back-to-incidents = ← All incidents
change-status = Change status
declare-failed = The incident was not declared.
declare-retry-hint = Nothing you typed is lost: press “Declare incident” to try again.
declare-incident = Declare incident
duration-acknowledge = Time to acknowledge
duration-detect = Time to detect
duration-mitigate = Time to mitigate
duration-resolve = Time to resolve
duration-so-far = { $time } so far
entry-not-added = The entry was not added.
entry-not-deleted = The entry was not deleted.
escalate-case = Escalate to incident
escalating-case = Escalating the case:
event-kind-detected = Detected
event-kind-declared = Declared
event-kind-update = Update
event-kind-escalated = Escalated
event-kind-comms = Communications
event-kind-mitigation = Mitigation
event-kind-decision = Decision
event-kind-status_change = Status change
event-kind-resolved = Resolved
event-kind-note = Note
export-field = Field
export-value = Value
export-severity = Severity
export-status = Status
export-commander = Incident commander
export-regions = Regions
export-started = Impact began
export-detected = Detected
export-acknowledged = Acknowledged
export-mitigated = Mitigated
export-resolved = Resolved
export-durations = Durations
export-time-to-detect = Time to detect
export-time-to-acknowledge = Time to acknowledge
export-time-to-mitigate = Time to mitigate
export-time-to-resolve = Time to resolve
export-running = (so far)
export-summary = Summary
export-timeline = Timeline
export-action-items = Action items
export-owner = Owner
export-due = Due
export-overdue = overdue
export-root-cause = Root cause
export-lessons = Lessons
export-title = Export
export-copy = Copy Markdown
export-download = Download Markdown
export-copied = Copied.
export-select = The browser did not allow copying: the text below is selected, copy it with Ctrl+C.
export-preview = Markdown text
filters-label = Filters
followups-failed = The incident is declared, but its first timeline entries or the case link were not written yet.
incident-commander = Commander
incident-not-found = Incident not found
incident-not-live = Resolved: not refreshed automatically.
incident-regions = Regions
incident-running = Running for { $time }
incident-lasted = Lasted { $time }
incident-started = Impact began
incident-status-label = Status
incident-summary = Summary
item-due = Due
item-not-added = The action item was not added.
item-overdue = Overdue
item-title = Action item
link-case = Link a case
linked-cases = Linked cases
no-linked-cases = No cases linked.
review-lessons = Lessons
review-root-cause = Root cause
review-save = Save review
review-title = Post-incident review
severity-label = Severity
status-entry-failed = The status changed, but the timeline entry was not written.
invalid-not-a-local-time = This local time does not exist (the clocks skip it for daylight saving time). Choose another time, or switch to UTC.
invalid-time = Not a date and time.
apply-choice = Apply
link-case-apply = Link
followup-case-gone = The case this incident was declared from no longer exists; it was not linked.
declare-case-failed = The case to escalate could not be read.
declare-case-not-read = The incident cannot be declared until the case to escalate has been read: it is linked from it. Use Retry above to read it again.
duration-out-of-order = Times out of order (end { $time } before start)
export-out-of-order = times out of order
case-linked-elsewhere = This case is already linked to another incident; it was not linked here.
unlink-case = Unlink
invalid-future = Cannot be in the future.
invalid-after-detected = Must not be after the time it was detected.
history-yes = Yes
history-no = No
history-more = { $count ->
    [one] { $count } more change not shown.
   *[other] { $count } more changes not shown.
}

## Team: navigation
team-nav = Team pages
team-nav-people = People
team-nav-skills = Skills
team-nav-goals = Goals
team-nav-wellbeing = Check-ins and wellbeing
team-nav-shifts = Shifts
team-nav-handover = Handover

## Team: people, skills, goals, check-ins (keep this block before the next)
add = Add
save = Save
cancel = Cancel
yes = Yes
no = No
record-not-deleted = Not deleted; it is shown again:
person-name = Name
person-role = Role
person-region = Region
person-timezone = Time zone (IANA, e.g. Europe/Dublin)
person-local-time = Local time now
person-languages = Languages (e.g. en, ar, pt-BR)
person-mentor = Mentor
person-started = Joined the team
person-active = On the team
person-inactive = Left the team
person-open-cases = Open cases owned
person-add = Add a person
person-edit = Edit
person-not-found = There is nobody with this id on the team.
person-not-added = The person was not added.
person-name-missing = Enter a name.
person-role-missing = Choose a role.
person-region-missing = Choose a home region.
person-zone-invalid = Enter a time zone the browser knows, such as Europe/Dublin.
person-languages-invalid = Use language tags such as en, ar or pt-BR, separated by commas.
person-date-invalid = Enter a date as YYYY-MM-DD.
person-mentor-self = A person cannot be their own mentor.
person-upcoming-shifts = Upcoming shifts
shift-primary = Primary
shift-backup = Backup
workload-link = Open cases: { $count }
workload-unassigned = Open cases with no owner: { $count }
skills-title = Skills matrix
skill-cell = { $skill } level for { $name }
skill-add = New skill
skill-add-hint = e.g. osint
skill-remove = Remove
coverage-row = { $region }: people at level { $level } or above
coverage-none = nobody
coverage-single = only one person
goal-new = New goal
goal-kind = Kind
goal-kind-skill = Skill
goal-kind-career = Career
goal-kind-training = Training
goal-kind-certification = Certification
goal-skill = Skill it grows (optional)
goal-target-on = Target date
goal-target = target { $date }
goal-progress = Progress (%)
goal-status = Status
goal-status-active = Active
goal-status-done = Done
goal-status-dropped = Dropped
goal-not-added = The goal was not added.
goals-overdue-count = Overdue goals: { $count }
goals-done-count = Goals done this quarter (since { $since }): { $count }
check-in-on = Date
check-in-wellbeing = Wellbeing (1 struggling – 5 great)
check-in-workload = Workload (1 light – 5 overloaded)
check-in-exposure = Minutes with disturbing material this week
check-in-notes = Private notes (leads only)
check-in-log = Log check-in
check-in-line = wellbeing { $wellbeing }, workload { $workload }, { $minutes } min of difficult material
check-in-not-added = The check-in was not saved.
check-in-date-invalid = Enter the date of the check-in.
check-in-exposure-invalid = Enter the minutes as a whole number.
trend-title = The last 12 weeks
trend-week-ending = Week ending
show-as-table = Show as a table
attention-title = Who could use some support
attention-intro = People whose recent check-ins suggest a conversation would help. Each says why; reach out kindly.
attention-limit = Exposure to look out for (minutes in 7 days)
attention-low-wellbeing = Has been finding things hard at the last two check-ins (wellbeing { $last } and { $before } of 5).
attention-high-exposure = Has seen a lot of difficult material this week: { $minutes } minutes (above { $limit }). A break or a change of queue may help.
attention-no-check-in = No one-to-one for { $days } days: a good moment to catch up.
attention-never-checked-in = No one-to-one yet: a good moment for a first one.

## ----

## Team: shifts, coverage and handover
shifts-title = Shifts and coverage
shift-gap-count = { $count ->
    [one] { $count } hour without a primary in the next 168 hours
   *[other] { $count } hours without a primary in the next 168 hours
}
shift-zone = Show times in
shift-zone-own = Your time zone
shift-zone-utc = UTC
shift-week-back = Previous week
shift-week-next = Next week
shift-week-caption = Who is on shift, hour by hour, for 168 hours from { $from }
shift-time = Time
shifts-in-week = Shifts in this week
shift-form-add = Add a shift
shift-form-move = Move a shift
shift-person = Person
shift-choose-person = Choose a person
shift-region = Region covered
shift-kind = Kind
shift-kind-unknown = Kind unknown
shift-date = Date
shift-start = Starts
shift-end = Ends (next day if earlier than the start)
shift-form-zone = Date and times are in { $name }.
shift-add = Add shift
shift-save-move = Save the new times
shift-cancel = Cancel
shift-move = Move
shift-remove = Remove
shift-remove-confirm = Remove this shift?
shift-keep = Keep it
shift-gap = No primary
shift-backup-short = Backup:
shift-day-length = { $count ->
    [one] a day of { $count } hour
   *[other] a day of { $count } hours
}
shift-not-added = The shift was not added.
shift-error-unreadable = Enter a date and a start and end time.
shift-error-start-skipped = That start time does not exist on that day in this zone (the clocks go forward): choose another.
shift-error-end-skipped = That end time does not exist on that day in this zone (the clocks go forward): choose another.
shift-error-empty = The shift ends when it starts: choose another end time.
shift-error-person = Choose who is on shift.
shift-error-region = Choose the region covered.
handover-title = Handover
handover-intro = At the end of each region's shift: when it ends, who takes over, and the open P0 and P1 cases and open incidents it hands over.
handover-none = No primary shift is planned for this region.
handover-unknown-hub = Unknown region
handover-ends = The shift of { $name } ends at { $time }.
handover-to = { $name } takes over at { $time }.
handover-after-gap = { $name } takes over only at { $time }: nobody is on shift in between.
handover-nobody = Nobody is planned to take over.
handover-your-time = Your time: { $time }
handover-cases = { $count ->
    [one] { $count } open P0/P1 case
   *[other] { $count } open P0/P1 cases
}
handover-incidents = { $count ->
    [one] { $count } open incident
   *[other] { $count } open incidents
}

## KPI dashboard (docs/kpis.md)
kpi-cases_created = Cases created
kpi-cases_resolved = Cases resolved
kpi-backlog = Open now
kpi-backlog_age_p50 = Age of open cases, median
kpi-first_response_p50 = First response, median
kpi-first_response_p90 = First response, 90th percentile
kpi-resolution_p50 = Resolution, median
kpi-resolution_p90 = Resolution, 90th percentile
kpi-sla_first_response = First response within SLA
kpi-sla_resolution = Resolved within SLA
kpi-reopen_rate = Reopened
kpi-csat_avg = Satisfaction (CSAT), mean
kpi-csat_satisfied = Satisfied (CSAT 4 or 5)
kpi-incidents = Incidents
kpi-mttd = Mean time to detect
kpi-mtta = Mean time to acknowledge
kpi-mttm = Mean time to mitigate
kpi-mttr = Mean time to resolve
kpi-action_items_open = Open action items
kpi-action_items_overdue = Overdue action items
kpi-open_unassigned = Open cases without an owner
kpi-goals_done = Goals done
kpi-goals_overdue = Goals overdue
kpi-wellbeing_avg = Wellbeing, mean
kpi-volume_by_region = Cases created by region
kpi-volume_by_category = Cases created by category
kpi-volume_by_priority = Cases created by priority
kpi-daily_created = Created
kpi-daily_resolved = Resolved
kpi-daily_backlog = Open at the end of the day
kpi-incidents_by_severity = Incidents by severity
kpi-open_per_owner = Open cases owned
kpi-exposure_week = Exposure, last 7 days
kpi-coverage_gaps = Hours without primary cover, next 7 days
kpi-no-data = No data
kpi-change-none = Nothing to compare with
kpi-change-same = Same as the previous window
kpi-change-up = Up { $amount } on the previous window
kpi-change-down = Down { $amount } on the previous window
kpi-points = { $value } points
kpi-target = Target { $target }
kpi-on-target = On target ({ $target })
kpi-off-target = Off target ({ $target })
kpi-partial-mark = Partial: some data did not load
kpi-partial = Some data did not load. The numbers marked partial rest on what did; Retry asks again for the rest.
kpi-damaged = { $count ->
    [one] One record does not fit the data contract and is left out of every number.
   *[other] { $count } records do not fit the data contract and are left out of every number.
}
kpi-loading = Loading records: { $count } of { $total }
kpi-as-of = As of { $time }. Window: { $from } to { $to } (end not included).
kpi-refresh = Refresh
kpi-csv = Download CSV
kpi-print = Print
kpi-controls = Window and filters
kpi-window = Window
kpi-last-days = Last { $count } days
kpi-dates = From one date to another
kpi-from = From (UTC date)
kpi-to = To (UTC date, included)
kpi-unknown = Unknown
kpi-chart-cases = Cases
kpi-chart-daily = Cases created and resolved per day (UTC)
kpi-chart-backlog = Open cases at the end of each day (UTC)
kpi-chart-first-response = Time to first response
kpi-chart-resolution = Time to resolution
kpi-by-severity = Mean times by severity
kpi-section-cases = Cases
kpi-section-incidents = Incidents
kpi-section-team = Team
kpi-people = People
kpi-person = Person
kpi-gap-hours = { $count ->
    [one] One hour
   *[other] { $count } hours
}
kpi-changed = Some records changed after the as-of time: the numbers mix two moments. Refresh for the latest.

## The now view
now-title = Now
now-as = You are
now-no-update = No update in the last { $hours } hours.
now-incidents = { $count ->
    [one] { $count } open incident
   *[other] { $count } open incidents
}
now-add-update = Add update
now-update-label = Update
now-post = Post update
now-cases = { $count ->
    [one] { $count } open P0/P1 case
   *[other] { $count } open P0/P1 cases
}
now-say-who = Say who you are above to take a case.
now-take = Take
now-shifts = On shift now
now-nobody = Nobody on shift
now-backup = Backup:
header-menu = Menu
filters-toggle = Filters
filters-toggle-on = Filters ({ $count })

## The outbox (writes waiting for the backend)
error-queued = Not sent yet: kept in this browser's outbox and sent when the backend answers.
outbox-title = { $count ->
    [one] { $count } change waits to be sent
   *[other] { $count } changes wait to be sent
}
outbox-send-now = Send now
outbox-discard = Discard
outbox-discard-confirm = Discard for good
outbox-again = Try again
outbox-open = Open
outbox-update = Change to { $id }: { $fields }
outbox-create = New record { $id }
outbox-state-waiting = Waiting for the backend.
outbox-state-failed = Refused by the backend: { $detail }
outbox-state-conflict = Someone else changed it meanwhile: { $fields }. Open it to decide, or discard yours.
outbox-show = Show what waits

# Signing in (a backend with its own sign-in, when not in a portal)
sign-in-title = Sign in
sign-in-note = Sign in with your Watchfloor account.
sign-in-expired = Your session has ended. Sign in again to go on.
sign-in-email = Email
sign-in-password = Password
sign-in-submit = Sign in
sign-in-busy = Signing in…
sign-in-email-missing = Enter your email address.
sign-in-email-invalid = Enter a full email address, such as name@example.com.
sign-in-password-missing = Enter your password.
signed-in-as = Signed in as { $name }
sign-out = Sign out
error-bad-credentials = Wrong email or password.
error-unauthorized-sign-in = Your session has ended: sign in again.

# A label before its value ("Commander: Aoife"): the colon as the language writes it.
label-colon = { $label }:
