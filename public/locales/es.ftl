# Watchfloor: español

loading = Cargando…
startup-error-title = Watchfloor no puede iniciarse
startup-error-hint = Pida a quien lo desplegó que revise config.json junto a index.html.

nav-main = Navegación principal
nav-now = Ahora
nav-cases = Casos
nav-incidents = Incidentes
nav-team = Equipo
nav-kpis = Indicadores

not-found-title = No encontrado
not-found-text = No hay ninguna página en esta dirección.
not-found-link = Ir a los casos

clocks-label = Horas locales
clock-you = Usted
language-label = Idioma
zone-label = Horas
zone-local = Local
zone-utc = UTC

retry = Reintentar
damaged-summary = { $count ->
    [one] { $count } registro dañado omitido
    [many] { $count } de registros dañados omitidos
   *[other] { $count } registros dañados omitidos
}
damaged-no-id = (sin id)
more = { $count ->
    [one] y { $count } más
    [many] y { $count } más
   *[other] y { $count } más
}

error-network = No se puede conectar con el servidor ({ $detail }). Revise la conexión y la dirección de la API en config.json.
error-unauthorized = Su sesión ha caducado: vuelva a iniciar sesión desde su portal.
error-not-found = No encontrado: puede que se haya eliminado.
error-conflict = Otra persona cambió este registro desde que lo abrió.
error-duplicate = Ya existe un registro con este id.
error-http = El servidor respondió con un error (HTTP { $status }).
error-http-detail = El servidor respondió con un error (HTTP { $status }): { $detail }
error-protocol = No se entendió la respuesta del servidor: { $detail }
error-invalid-query = Consulta no válida: { $detail }
error-unsupported = Este servidor no lo admite: { $detail }
error-config = Problema de configuración: { $detail }
error-timeout = El servidor no respondió a tiempo. Revise la conexión y vuelva a intentarlo.
error-too-many-records = Coinciden más registros de los que la aplicación carga de una vez ({ $count }). Acote los filtros.

cases-title = Casos
cases-count = { $count ->
    [one] { $count } caso
    [many] { $count } de casos
   *[other] { $count } casos
}
cases-open = { $count ->
    [one] { $count } abierto
    [many] { $count } abiertos
   *[other] { $count } abiertos
}
created-ago = creado { $ago }
status-new = Nuevo
status-triage = Clasificación
status-investigating = En investigación
status-waiting = En espera
status-resolved = Resuelto
status-unknown = Desconocido

incidents-title = Incidentes
incidents-count = { $count ->
    [one] { $count } incidente
    [many] { $count } de incidentes
   *[other] { $count } incidentes
}
incident-status-investigating = En investigación
incident-status-identified = Causa identificada
incident-status-monitoring = En observación
incident-status-resolved = Resuelto
severity-sev1 = SEV1 · crítico
severity-sev2 = SEV2 · grave
severity-sev3 = SEV3 · moderado
severity-sev4 = SEV4 · menor
detected-at = detectado el { $when }
events-title = Cronología
events-count = { $count ->
    [one] { $count } evento
    [many] { $count } de eventos
   *[other] { $count } eventos
}
actions-title = Acciones de seguimiento
actions-count = { $count ->
    [one] { $count } acción
    [many] { $count } de acciones
   *[other] { $count } acciones
}
actions-open = { $count ->
    [one] { $count } abierta
    [many] { $count } abiertas
   *[other] { $count } abiertas
}

team-title = Equipo
team-more-title = Desarrollo, reuniones y turnos
people-count = { $count ->
    [one] { $count } persona
    [many] { $count } de personas
   *[other] { $count } personas
}
goals-count = { $count ->
    [one] { $count } meta
    [many] { $count } de metas
   *[other] { $count } metas
}
check-ins-count = { $count ->
    [one] { $count } reunión
    [many] { $count } de reuniones
   *[other] { $count } reuniones
}
shifts-count = { $count ->
    [one] { $count } turno
    [many] { $count } de turnos
   *[other] { $count } turnos
}
role-lead = Líder
role-manager = Gerente
role-specialist = Especialista
role-analyst = Analista

kpis-title = Indicadores
sla-title = Políticas de SLA
sla-priority = Prioridad
sla-first-response = Primera respuesta (min)
sla-resolution = Resolución (min)

# The case board
category-account_security = Seguridad de cuentas
category-harmful_content = Contenido dañino
category-high_profile = Perfil alto
category-legal_request = Solicitud legal
category-platform_bug = Error de la plataforma
category-crisis = Crisis
category-other = Otro
sla-first-left = quedan { $time } para responder
sla-resolve-left = quedan { $time } para resolver
sla-first-overdue = respuesta con { $time } de retraso
sla-resolve-overdue = resolución con { $time } de retraso
sla-met = resuelto dentro del SLA
sla-missed = resuelto fuera del SLA
move-to = Mover a
reveal = Mostrar descripción
sensitive-hidden = Contenido sensible: descripción oculta
filter-region = Región
filter-priority = Prioridad
filter-category = Categoría
filter-owner = Responsable
filter-all = Todos
filter-unassigned = Sin asignar
search = Buscar
change-not-saved = No se guardó; la tarjeta volvió a su lugar:
conflict-title = Otra persona cambió este caso desde que lo cargó: { $fields }.
conflict-apply = Aplicar mi cambio encima
dismiss = Cerrar
show-more = Mostrar más

# The case workspace: layout, toolbar, table, case page
back-to-cases = ← Todos los casos
case-damaged = Este caso no se puede mostrar
choose = Elegir…
close = Cerrar
column-created = Creado
column-sla = SLA
column-status = Estado
column-title = Título
column-updated = Actualizado
conflict-overlap = Si aplica su cambio encima, sustituirá el de la otra persona en: { $fields }.
conflict-reload-form = Cargar la versión de la otra persona (se perderán sus propios cambios sin guardar)
create-case = Crear caso
delete-view = Eliminar la vista { $name }
discard = Descartar
draft-restored = Sus cambios sin guardar de antes están de nuevo en el formulario.
drag-hint = Arrastrar a otra columna
export-csv = Exportar CSV
field-csat = CSAT
field-description = Descripción
field-first-response = Primera respuesta
field-id = Id
field-incident = Incidente
field-reopened = Reaperturas
field-resolved = Resuelto
field-sensitive = Sensible: contiene material perturbador (descripción oculta hasta que la muestre)
field-tags = Etiquetas (separadas por comas)
field-version = Versión
filter-language = Idioma
filter-partner = Equipo asociado
form-invalid = Algunos campos necesitan atención: vea los mensajes debajo.
form-not-saved = No guardado; sus cambios siguen en el formulario:
invalid-language = Use un código de idioma como de, ar o pt-BR.
invalid-one-line = Use una sola línea.
invalid-required = Obligatorio.
invalid-tag = Cada etiqueta puede tener como máximo 40 caracteres.
invalid-too-long = Demasiado largo.
last-refreshed = Última actualización a las { $time }
offline-banner = Sin conexión: se muestran los últimos datos guardados ({ $time })
feed-live = En directo
feed-live-hint = los cambios de otras personas aparecen aquí al momento
feed-connecting = Conectando…
feed-down = Sin conexión en directo
feed-down-hint = los cambios de otras personas aparecen en la próxima actualización
layout-board = Tablero
layout-label = Diseño
layout-table = Tabla
mark-responded = Respondido
new-case = Nuevo caso
none = Ninguno
nothing-to-save = Nada ha cambiado: nada que guardar.
refresh-failed = Error al actualizar:
refresh-now = Actualizar ahora
save-case = Guardar cambios
save-view = Guardar vista
saved = Guardado.
saved-views = Vistas guardadas
saving = Guardando…
shortcut-help = Mostrar esta lista
shortcut-new = Nuevo caso
shortcut-search = Buscar
shortcuts = Atajos de teclado
unsaved-changes = Cambios sin guardar
view-name = Nombre de esta vista
table-count = { $count ->
    [one] { $count } caso en la tabla
    [many] { $count } de casos en la tabla
   *[other] { $count } casos en la tabla
}
partner-policy = Políticas
partner-legal = Legal
partner-engineering = Ingeniería
partner-trust = Confianza y seguridad
partner-product = Producto
partner-marketing = Marketing
partner-comms = Comunicación

# Saving and syncing (the save engine)
label-sensitive = Sensible
label-tags = Etiquetas
field-other = Otro campo
sla-defaults-loading = Los relojes de SLA usan los objetivos predeterminados hasta que se carguen las políticas de SLA.
sla-defaults-failed = No se pudieron cargar las políticas de SLA: los relojes usan los objetivos predeterminados.
draft-stale = Alguien guardó este caso después de que hiciera estos cambios sin guardar (versión { $from } → { $to }). Revíselos antes de guardar: al guardar, sus cambios se escriben encima de los de la otra persona.

# Timelines (incident timelines, case notes and history)
timeline-heading = Cronología
timeline-new = Nueva entrada
timeline-hint = Intro la añade como: { $kind }
timeline-add = Añadir
timeline-details = Tipo y hora…
timeline-kind = Tipo
timeline-time-local = Cuándo ocurrió (su hora)
timeline-time-utc = Cuándo ocurrió (UTC)
timeline-extra = Equipo colaborador
timeline-as = Escrito por
timeline-nobody = Sin indicar
timeline-filter = Mostrar
timeline-all = Todos los tipos
timeline-empty = Aún no hay nada.
timeline-unknown-author = desconocido
timeline-no-time = hora desconocida
timeline-text = Texto
timeline-edit = Editar
timeline-delete = Eliminar
timeline-save = Guardar
timeline-cancel = Cancelar
timeline-delete-confirm = ¿Eliminar esta entrada?
timeline-delete-yes = Sí, eliminar
timeline-time-invalid = Introduzca una fecha y hora completas, a partir del año 2000.
timeline-time-future = Eso es más de un día en el futuro. Una entrada registra lo que ya ha pasado: indica cuándo ocurrió.
timeline-unknown-kind = tipo desconocido
case-history = Notas e historial
case-event-note = Nota
case-event-change = Cambio
case-event-partner_request = Solicitud a un equipo colaborador
case-event-partner_reply = Respuesta de un equipo colaborador
history-change = { $field }: { $from } → { $to }
history-hidden = (oculto)
history-team = Equipo colaborador: { $name }
history-add-failed = No se añadió:
history-edit-failed = La entrada no se guardó:
history-delete-conflict = Alguien cambió esta entrada desde que se cargó, así que no se eliminó. Revísela primero.
history-delete-failed = La entrada no se eliminó:

# Incident timelines
record-not-saved = No guardado; se muestra de nuevo lo almacenado:
record-conflict = Otra persona cambió esto desde que lo cargó: { $fields }. Se muestra la versión de esa persona.
action-items = Acciones
add-item = Añadir acción
back-to-incidents = ← Todos los incidentes
change-status = Cambiar estado
declare-failed = El incidente no se declaró.
declare-retry-hint = No se pierde nada de lo escrito: pulse «Declarar incidente» para intentarlo de nuevo.
declare-incident = Declarar incidente
duration-acknowledge = Tiempo hasta reconocer
duration-detect = Tiempo hasta detectar
duration-mitigate = Tiempo hasta mitigar
duration-resolve = Tiempo hasta resolver
duration-so-far = { $time } hasta ahora
entry-not-added = La entrada no se añadió.
entry-not-deleted = La entrada no se eliminó.
escalate-case = Escalar a incidente
escalating-case = Escalando el caso:
event-kind-detected = Detectado
event-kind-declared = Declarado
event-kind-update = Actualización
event-kind-escalated = Escalado
event-kind-comms = Comunicación
event-kind-mitigation = Mitigación
event-kind-decision = Decisión
event-kind-status_change = Cambio de estado
event-kind-resolved = Resuelto
event-kind-note = Nota
export-field = Campo
export-value = Valor
export-severity = Gravedad
export-status = Estado
export-commander = Responsable del incidente
export-regions = Regiones
export-started = Inicio del impacto
export-detected = Detectado
export-acknowledged = Reconocido
export-mitigated = Mitigado
export-resolved = Resuelto
export-durations = Duraciones
export-time-to-detect = Tiempo hasta detectar
export-time-to-acknowledge = Tiempo hasta reconocer
export-time-to-mitigate = Tiempo hasta mitigar
export-time-to-resolve = Tiempo hasta resolver
export-running = (hasta ahora)
export-summary = Resumen
export-timeline = Cronología
export-action-items = Acciones
export-owner = Responsable
export-due = Vence
export-overdue = vencida
export-root-cause = Causa raíz
export-lessons = Lecciones
export-title = Exportar
export-copy = Copiar Markdown
export-download = Descargar Markdown
export-copied = Copiado.
export-select = El navegador no permitió copiar: el texto de abajo está seleccionado, cópielo con Ctrl+C.
export-preview = Texto Markdown
filters-label = Filtros
followups-failed = El incidente está declarado, pero aún no se escribieron sus primeras entradas de cronología o el vínculo con el caso.
incident-commander = Responsable
incident-not-found = Incidente no encontrado
incident-not-live = Resuelto: no se actualiza automáticamente.
incident-regions = Regiones
incident-running = En curso desde hace { $time }
incident-lasted = Duró { $time }
incident-started = Inicio del impacto
incident-status-label = Estado
incident-summary = Resumen
item-due = Vence
item-not-added = La acción no se añadió.
item-overdue = Vencida
item-title = Acción
link-case = Vincular un caso
linked-cases = Casos vinculados
no-linked-cases = No hay casos vinculados.
review-lessons = Lecciones
review-root-cause = Causa raíz
review-save = Guardar revisión
review-title = Revisión posterior al incidente
severity-label = Gravedad
status-entry-failed = El estado cambió, pero la entrada de cronología no se escribió.
invalid-not-a-local-time = Esta hora local no existe (se salta con el cambio de horario). Elija otra hora o cambie a UTC.
invalid-time = No es una fecha y hora válidas.
apply-choice = Aplicar
link-case-apply = Vincular
followup-case-gone = El caso desde el que se declaró este incidente ya no existe; no se ha vinculado.
declare-case-failed = No se pudo leer el caso que se va a escalar.
declare-case-not-read = No se puede declarar el incidente hasta que se haya leído el caso que se va a escalar: se vincula a él. Usa «Reintentar» arriba para volver a leerlo.
duration-out-of-order = Horas fuera de orden (fin { $time } antes del inicio)
export-out-of-order = horas fuera de orden
case-linked-elsewhere = Este caso ya está vinculado a otro incidente; no se ha vinculado aquí.
unlink-case = Desvincular
invalid-future = No puede estar en el futuro.
invalid-after-detected = No debe ser posterior a la detección.
history-yes = Sí
history-no = No
history-more = { $count ->
    [one] { $count } cambio más sin mostrar.
    [many] { $count } de cambios más sin mostrar.
   *[other] { $count } cambios más sin mostrar.
}

## Team: navigation
team-nav = Páginas del equipo
team-nav-people = Personas
team-nav-skills = Habilidades
team-nav-goals = Metas
team-nav-wellbeing = Reuniones y bienestar
team-nav-shifts = Turnos
team-nav-handover = Traspaso

## Team: people, skills, goals, check-ins (keep this block before the next)
add = Añadir
save = Guardar
cancel = Cancelar
yes = Sí
no = No
record-not-deleted = No se eliminó; se vuelve a mostrar:
person-name = Nombre
person-role = Rol
person-region = Región
person-timezone = Zona horaria (IANA, p. ej. Europe/Dublin)
person-local-time = Hora local ahora
person-languages = Idiomas (p. ej. en, ar, pt-BR)
person-mentor = Mentor
person-started = Se unió al equipo
person-active = En el equipo
person-inactive = Dejó el equipo
person-open-cases = Casos abiertos asignados
person-add = Añadir una persona
person-edit = Editar
person-not-found = No hay nadie en el equipo con este identificador.
person-not-added = No se añadió a la persona.
person-name-missing = Escriba un nombre.
person-role-missing = Elija un rol.
person-region-missing = Elija una región de origen.
person-zone-invalid = Escriba una zona horaria que el navegador conozca, como Europe/Dublin.
person-languages-invalid = Use códigos de idioma como en, ar o pt-BR, separados por comas.
person-date-invalid = Escriba una fecha con el formato AAAA-MM-DD.
person-mentor-self = Una persona no puede ser su propio mentor.
person-upcoming-shifts = Próximos turnos
shift-primary = Titular
shift-backup = Apoyo
workload-link = Casos abiertos: { $count }
workload-unassigned = Casos abiertos sin responsable: { $count }
skills-title = Matriz de habilidades
skill-cell = Nivel de { $skill } de { $name }
skill-add = Nueva habilidad
skill-add-hint = p. ej. osint
skill-remove = Quitar
coverage-row = { $region }: personas con nivel { $level } o superior
coverage-none = nadie
coverage-single = solo una persona
goal-new = Nueva meta
goal-kind = Tipo
goal-kind-skill = Habilidad
goal-kind-career = Carrera
goal-kind-training = Formación
goal-kind-certification = Certificación
goal-skill = Habilidad que desarrolla (opcional)
goal-target-on = Fecha objetivo
goal-target = para el { $date }
goal-progress = Avance (%)
goal-status = Estado
goal-status-active = Activa
goal-status-done = Cumplida
goal-status-dropped = Descartada
goal-not-added = No se añadió la meta.
goals-overdue-count = Metas vencidas: { $count }
goals-done-count = Metas cumplidas este trimestre (desde el { $since }): { $count }
check-in-on = Fecha
check-in-wellbeing = Bienestar (1 con dificultades – 5 muy bien)
check-in-workload = Carga de trabajo (1 ligera – 5 excesiva)
check-in-exposure = Minutos con material perturbador esta semana
check-in-notes = Notas privadas (solo para líderes)
check-in-log = Registrar reunión
check-in-line = bienestar { $wellbeing }, carga { $workload }, { $minutes } min de material difícil
check-in-not-added = No se guardó la reunión.
check-in-date-invalid = Escriba la fecha de la reunión.
check-in-exposure-invalid = Escriba los minutos como número entero.
trend-title = Las últimas 12 semanas
trend-week-ending = Semana que termina el
show-as-table = Mostrar como tabla
attention-title = Quién podría necesitar apoyo
attention-intro = Personas cuyas últimas reuniones sugieren que una conversación les vendría bien. Cada entrada dice por qué; diríjase a ellas con tacto y cercanía.
attention-limit = Exposición a tener en cuenta (minutos en 7 días)
attention-low-wellbeing = Lo ha pasado mal en las dos últimas reuniones (bienestar { $last } y { $before } de 5).
attention-high-exposure = Ha visto mucho material difícil esta semana: { $minutes } minutos (más de { $limit }). Una pausa o un cambio de cola podría ayudar.
attention-no-check-in = Sin reunión individual desde hace { $days } días: buen momento para ponerse al día.
attention-never-checked-in = Aún sin reunión individual: buen momento para la primera.

## ----

## Team: shifts, coverage and handover
shifts-title = Turnos y cobertura
shift-gap-count = { $count ->
    [one] { $count } hora sin turno principal en las próximas 168 horas
    [many] { $count } de horas sin turno principal en las próximas 168 horas
   *[other] { $count } horas sin turno principal en las próximas 168 horas
}
shift-zone = Mostrar las horas en
shift-zone-own = Su zona horaria
shift-zone-utc = UTC
shift-week-back = Semana anterior
shift-week-next = Semana siguiente
shift-week-caption = Quién está de turno, hora a hora, durante 168 horas desde { $from }
shift-time = Hora
shifts-in-week = Turnos de esta semana
shift-form-add = Añadir un turno
shift-form-move = Mover un turno
shift-person = Persona
shift-choose-person = Elija una persona
shift-region = Región cubierta
shift-kind = Tipo
shift-kind-unknown = Tipo desconocido
shift-date = Fecha
shift-start = Empieza
shift-end = Termina (al día siguiente si es antes del inicio)
shift-form-zone = La fecha y las horas están en { $name }.
shift-add = Añadir turno
shift-save-move = Guardar las nuevas horas
shift-cancel = Cancelar
shift-move = Mover
shift-remove = Quitar
shift-remove-confirm = ¿Quitar este turno?
shift-keep = Conservarlo
shift-gap = Sin turno principal
shift-backup-short = Apoyo:
shift-day-length = { $count ->
    [one] un día de { $count } hora
    [many] un día de { $count } de horas
   *[other] un día de { $count } horas
}
shift-not-added = El turno no se añadió.
shift-error-unreadable = Escriba una fecha y las horas de inicio y fin.
shift-error-start-skipped = Esa hora de inicio no existe ese día en esta zona (se adelantan los relojes): elija otra.
shift-error-end-skipped = Esa hora de fin no existe ese día en esta zona (se adelantan los relojes): elija otra.
shift-error-empty = El turno termina cuando empieza: elija otra hora de fin.
shift-error-person = Elija quién está de turno.
shift-error-region = Elija la región cubierta.
handover-title = Traspaso
handover-intro = Al final del turno de cada región: cuándo termina, quién lo releva y qué casos P0 y P1 abiertos e incidentes abiertos traspasa.
handover-none = No hay ningún turno principal previsto para esta región.
handover-unknown-hub = Región desconocida
handover-ends = El turno de { $name } termina el { $time }.
handover-to = { $name } toma el relevo el { $time }.
handover-after-gap = { $name } no toma el relevo hasta el { $time }: mientras tanto nadie está de turno.
handover-nobody = No hay nadie previsto para tomar el relevo.
handover-your-time = Su hora: { $time }
handover-cases = { $count ->
    [one] { $count } caso P0/P1 abierto
    [many] { $count } de casos P0/P1 abiertos
   *[other] { $count } casos P0/P1 abiertos
}
handover-incidents = { $count ->
    [one] { $count } incidente abierto
    [many] { $count } de incidentes abiertos
   *[other] { $count } incidentes abiertos
}

## KPI dashboard (docs/kpis.md)
kpi-cases_created = Casos creados
kpi-cases_resolved = Casos resueltos
kpi-backlog = Abiertos ahora
kpi-backlog_age_p50 = Antigüedad de los casos abiertos, mediana
kpi-first_response_p50 = Primera respuesta, mediana
kpi-first_response_p90 = Primera respuesta, percentil 90
kpi-resolution_p50 = Resolución, mediana
kpi-resolution_p90 = Resolución, percentil 90
kpi-sla_first_response = Primera respuesta dentro del SLA
kpi-sla_resolution = Resueltos dentro del SLA
kpi-reopen_rate = Reabiertos
kpi-csat_avg = Satisfacción (CSAT), media
kpi-csat_satisfied = Satisfechos (CSAT 4 o 5)
kpi-incidents = Incidentes
kpi-mttd = Tiempo medio hasta detectar
kpi-mtta = Tiempo medio hasta reconocer
kpi-mttm = Tiempo medio hasta mitigar
kpi-mttr = Tiempo medio hasta resolver
kpi-action_items_open = Acciones abiertas
kpi-action_items_overdue = Acciones vencidas
kpi-open_unassigned = Casos abiertos sin responsable
kpi-goals_done = Metas cumplidas
kpi-goals_overdue = Metas vencidas
kpi-wellbeing_avg = Bienestar, media
kpi-volume_by_region = Casos creados por región
kpi-volume_by_category = Casos creados por categoría
kpi-volume_by_priority = Casos creados por prioridad
kpi-daily_created = Creados
kpi-daily_resolved = Resueltos
kpi-daily_backlog = Abiertos al final del día
kpi-incidents_by_severity = Incidentes por gravedad
kpi-open_per_owner = Casos abiertos asignados
kpi-exposure_week = Exposición, últimos 7 días
kpi-coverage_gaps = Horas sin turno principal, próximos 7 días
kpi-no-data = Sin datos
kpi-change-none = Nada con lo que comparar
kpi-change-same = Igual que en el periodo anterior
kpi-change-up = Sube { $amount } respecto al periodo anterior
kpi-change-down = Baja { $amount } respecto al periodo anterior
kpi-points = { $value } puntos
kpi-target = Objetivo { $target }
kpi-on-target = Objetivo cumplido ({ $target })
kpi-off-target = Objetivo no cumplido ({ $target })
kpi-partial-mark = Parcial: algunos datos no se cargaron
kpi-partial = Algunos datos no se cargaron. Los valores marcados como parciales se basan en lo que sí se cargó; «Reintentar» vuelve a pedir el resto.
kpi-damaged = { $count ->
    [one] Un registro no cumple el contrato de datos y queda excluido de todos los indicadores.
    [many] { $count } de registros no cumplen el contrato de datos y quedan excluidos de todos los indicadores.
   *[other] { $count } registros no cumplen el contrato de datos y quedan excluidos de todos los indicadores.
}
kpi-loading = Cargando registros: { $count } de { $total }
kpi-as-of = Datos a fecha de { $time }. Periodo: del { $from } al { $to } (sin incluir el final).
kpi-refresh = Actualizar
kpi-csv = Descargar CSV
kpi-print = Imprimir
kpi-controls = Periodo y filtros
kpi-window = Periodo
kpi-last-days = Últimos { $count } días
kpi-dates = De una fecha a otra
kpi-from = Desde (fecha UTC)
kpi-to = Hasta (fecha UTC, incluida)
kpi-unknown = Desconocido
kpi-chart-cases = Casos
kpi-chart-daily = Casos creados y resueltos por día (UTC)
kpi-chart-backlog = Casos abiertos al final de cada día (UTC)
kpi-chart-first-response = Tiempo hasta la primera respuesta
kpi-chart-resolution = Tiempo hasta la resolución
kpi-by-severity = Tiempos medios por gravedad
kpi-section-cases = Casos
kpi-section-incidents = Incidentes
kpi-section-team = Equipo
kpi-people = Personas
kpi-person = Persona
kpi-gap-hours = { $count ->
    [one] Una hora
    [many] { $count } de horas
   *[other] { $count } horas
}
kpi-changed = Algunos registros cambiaron después de la hora de referencia: las cifras mezclan dos momentos. Actualice para ver lo último.

## The now view
now-title = Ahora
now-as = Usted es
now-no-update = Ninguna actualización en las últimas { $hours } horas.
now-incidents = { $count ->
    [one] { $count } incidente abierto
    [many] { $count } de incidentes abiertos
   *[other] { $count } incidentes abiertos
}
now-add-update = Añadir actualización
now-update-label = Actualización
now-post = Publicar actualización
now-cases = { $count ->
    [one] { $count } caso P0/P1 abierto
    [many] { $count } de casos P0/P1 abiertos
   *[other] { $count } casos P0/P1 abiertos
}
now-say-who = Indique arriba quién es para asumir un caso.
now-take = Asumir
now-shifts = De turno ahora
now-nobody = Nadie de turno
now-backup = Apoyo:
header-menu = Menú
filters-toggle = Filtros
filters-toggle-on = Filtros ({ $count })

## The outbox (writes waiting for the backend)
error-queued = Aún no enviado: guardado en la bandeja de salida de este navegador y enviado cuando el servidor responda.
outbox-title = { $count ->
    [one] { $count } cambio pendiente de envío
    [many] { $count } de cambios pendientes de envío
   *[other] { $count } cambios pendientes de envío
}
outbox-send-now = Enviar ahora
outbox-discard = Descartar
outbox-discard-confirm = Descartar definitivamente
outbox-again = Reintentar
outbox-open = Abrir
outbox-update = Cambio en { $id }: { $fields }
outbox-create = Nuevo registro { $id }
outbox-state-waiting = Esperando al servidor.
outbox-state-failed = Rechazado por el servidor: { $detail }
outbox-state-conflict = Otra persona lo cambió mientras tanto: { $fields }. Ábralo para decidir o descarte su propio cambio.
outbox-show = Ver lo pendiente

# Inicio de sesión (un servidor con inicio de sesión propio, fuera de un portal)
sign-in-title = Iniciar sesión
sign-in-note = Inicie sesión con su cuenta de Watchfloor.
sign-in-expired = Su sesión ha caducado. Vuelva a iniciar sesión para continuar.
sign-in-email = Correo electrónico
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-busy = Iniciando sesión…
sign-in-email-missing = Escriba su dirección de correo electrónico.
sign-in-email-invalid = Escriba una dirección de correo completa, como nombre@example.com.
sign-in-password-missing = Escriba su contraseña.
signed-in-as = Sesión iniciada como { $name }
sign-out = Cerrar sesión
error-bad-credentials = El correo electrónico o la contraseña no son correctos.
error-unauthorized-sign-in = Su sesión ha caducado: vuelva a iniciar sesión.

# label-colon: { $label } and its colon
label-colon = { $label }:
