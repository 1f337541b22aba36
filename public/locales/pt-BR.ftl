# Watchfloor: português do Brasil.
# Mantenha as chaves de todos os idiomas iguais (um teste no host verifica).

loading = Carregando…
startup-error-title = Não foi possível iniciar o Watchfloor
startup-error-hint = Peça a quem fez a implantação que verifique o config.json ao lado do index.html.

nav-main = Principal
nav-now = Agora
nav-cases = Casos
nav-incidents = Incidentes
nav-team = Equipe
nav-kpis = KPIs

not-found-title = Página não encontrada
not-found-text = Não há nenhuma página neste endereço.
not-found-link = Ir para os casos

clocks-label = Horários locais
clock-you = Você
language-label = Idioma
zone-label = Horários
zone-local = Local
zone-utc = UTC

retry = Tentar novamente
damaged-summary = { $count ->
    [one] { $count } registro corrompido omitido
    [many] { $count } de registros corrompidos omitidos
   *[other] { $count } registros corrompidos omitidos
}
damaged-no-id = (sem ID)
more = { $count ->
    [one] e mais { $count }
    [many] e mais { $count }
   *[other] e mais { $count }
}

error-network = Não foi possível conectar ao servidor ({ $detail }). Verifique a conexão e o endereço da API no config.json.
error-unauthorized = Sua sessão expirou: entre novamente pelo seu portal.
error-not-found = Não encontrado: talvez tenha sido excluído.
error-conflict = Outra pessoa alterou este registro depois que você o abriu.
error-duplicate = Já existe um registro com este ID.
error-http = O servidor respondeu com um erro (HTTP { $status }).
error-http-detail = O servidor respondeu com um erro (HTTP { $status }): { $detail }
error-protocol = Não foi possível entender a resposta do servidor: { $detail }
error-invalid-query = Consulta inválida: { $detail }
error-unsupported = Não suportado por este servidor: { $detail }
error-config = Problema de configuração: { $detail }
error-timeout = O servidor não respondeu a tempo. Verifique a conexão e tente novamente.
error-too-many-records = Há mais registros correspondentes do que o app carrega de uma vez ({ $count }). Refine os filtros.

cases-title = Casos
cases-count = { $count ->
    [0] Nenhum caso
    [one] { $count } caso
    [many] { $count } de casos
   *[other] { $count } casos
}
cases-open = { $count ->
    [0] nenhum em aberto
    [one] { $count } em aberto
    [many] { $count } em aberto
   *[other] { $count } em aberto
}
created-ago = criado { $ago }
status-new = Novo
status-triage = Triagem
status-investigating = Em investigação
status-waiting = Aguardando
status-resolved = Resolvido
status-unknown = Desconhecido

incidents-title = Incidentes
incidents-count = { $count ->
    [0] Nenhum incidente
    [one] { $count } incidente
    [many] { $count } de incidentes
   *[other] { $count } incidentes
}
incident-status-investigating = Em investigação
incident-status-identified = Causa identificada
incident-status-monitoring = Em monitoramento
incident-status-resolved = Resolvido
severity-sev1 = SEV1 · crítico
severity-sev2 = SEV2 · grave
severity-sev3 = SEV3 · moderado
severity-sev4 = SEV4 · leve
detected-at = detectado em { $when }
events-title = Eventos da linha do tempo
events-count = { $count ->
    [0] nenhum evento
    [one] { $count } evento
    [many] { $count } de eventos
   *[other] { $count } eventos
}
actions-title = Itens de ação
actions-count = { $count ->
    [0] nenhum item de ação
    [one] { $count } item de ação
    [many] { $count } de itens de ação
   *[other] { $count } itens de ação
}
actions-open = { $count ->
    [0] nenhum em aberto
    [one] { $count } em aberto
    [many] { $count } em aberto
   *[other] { $count } em aberto
}

team-title = Equipe
team-more-title = Desenvolvimento, check-ins e turnos
people-count = { $count ->
    [0] Nenhuma pessoa
    [one] { $count } pessoa
    [many] { $count } de pessoas
   *[other] { $count } pessoas
}
goals-count = { $count ->
    [0] nenhum objetivo
    [one] { $count } objetivo
    [many] { $count } de objetivos
   *[other] { $count } objetivos
}
check-ins-count = { $count ->
    [0] nenhum check-in
    [one] { $count } check-in
    [many] { $count } de check-ins
   *[other] { $count } check-ins
}
shifts-count = { $count ->
    [0] Nenhum turno
    [one] { $count } turno
    [many] { $count } de turnos
   *[other] { $count } turnos
}
role-lead = Líder
role-manager = Gestor
role-specialist = Especialista
role-analyst = Analista

kpis-title = KPIs
sla-title = Políticas de SLA
sla-priority = Prioridade
sla-first-response = Primeira resposta (min)
sla-resolution = Resolução (min)

# O quadro de casos
category-account_security = Segurança de conta
category-harmful_content = Conteúdo nocivo
category-high_profile = Alto perfil
category-legal_request = Solicitação legal
category-platform_bug = Bug da plataforma
category-crisis = Crise
category-other = Outro
sla-first-left = restam { $time } para responder
sla-resolve-left = restam { $time } para resolver
sla-first-overdue = resposta atrasada em { $time }
sla-resolve-overdue = resolução atrasada em { $time }
sla-met = resolvido dentro do SLA
sla-missed = resolvido fora do SLA
move-to = Mover para
reveal = Mostrar descrição
sensitive-hidden = Sensível: descrição oculta
filter-region = Região
filter-priority = Prioridade
filter-category = Categoria
filter-owner = Responsável
filter-all = Todos
filter-unassigned = Sem responsável
search = Buscar
change-not-saved = Não salvo; o cartão voltou para onde estava:
conflict-title = Outra pessoa alterou este caso depois que você o carregou: { $fields }.
conflict-apply = Aplicar minha alteração por cima
dismiss = Dispensar
show-more = Mostrar mais

# O espaço de trabalho de casos: layout, barra de ferramentas, tabela, página do caso
back-to-cases = ← Todos os casos
case-damaged = Não é possível exibir este caso
choose = Escolher…
close = Fechar
column-created = Criado em
column-sla = SLA
column-status = Status
column-title = Título
column-updated = Atualizado em
conflict-overlap = Aplicar a sua por cima substitui a alteração da outra pessoa em: { $fields }.
conflict-reload-form = Carregar a versão da outra pessoa (suas alterações serão perdidas)
create-case = Criar caso
delete-view = Excluir a visualização { $name }
discard = Descartar
draft-restored = Suas alterações não salvas de antes foram restauradas no formulário.
drag-hint = Arraste para outra coluna
export-csv = Exportar CSV
field-csat = CSAT
field-description = Descrição
field-first-response = Primeira resposta
field-id = ID
field-incident = Incidente
field-reopened = Reaberturas
field-resolved = Resolvido em
field-sensitive = Sensível: contém conteúdo potencialmente chocante ou perturbador (descrição oculta até você pedir para mostrá-la)
field-tags = Tags (separadas por vírgulas)
field-version = Versão
filter-language = Idioma
filter-partner = Equipe parceira
form-invalid = Alguns campos precisam de atenção: veja as mensagens abaixo deles.
form-not-saved = Não salvo; suas alterações continuam no formulário:
invalid-language = Use um código de idioma como de, ar ou pt-BR.
invalid-one-line = Use apenas uma linha.
invalid-required = Obrigatório.
invalid-tag = Cada tag pode ter no máximo 40 caracteres.
invalid-too-long = Muito longo.
last-refreshed = Atualizado às { $time }
offline-banner = Sem conexão: mostrando os dados salvos até { $time }
feed-live = Ao vivo
feed-live-hint = as alterações de outras pessoas aparecem aqui na hora
feed-connecting = Conectando…
feed-down = Ao vivo indisponível
feed-down-hint = as alterações de outras pessoas aparecem na próxima atualização
layout-board = Quadro
layout-label = Layout
layout-table = Tabela
mark-responded = Marcar como respondido
new-case = Novo caso
none = Nenhum
nothing-to-save = Nada foi alterado: não há o que salvar.
refresh-failed = Falha ao atualizar:
refresh-now = Atualizar agora
save-case = Salvar alterações
save-view = Salvar visualização
saved = Salvo.
saved-views = Visualizações salvas
saving = Salvando…
shortcut-help = Mostrar esta lista
shortcut-new = Novo caso
shortcut-search = Buscar
shortcuts = Atalhos de teclado
unsaved-changes = Alterações não salvas
view-name = Nome desta visualização
table-count = { $count ->
    [0] Nenhum caso na tabela
    [one] { $count } caso na tabela
    [many] { $count } de casos na tabela
   *[other] { $count } casos na tabela
}
partner-policy = Políticas
partner-legal = Jurídico
partner-engineering = Engenharia
partner-trust = Trust & Safety
partner-product = Produto
partner-marketing = Marketing
partner-comms = Comunicação

# Salvamento e sincronização (o mecanismo de salvamento)
label-sensitive = Sensível
label-tags = Tags
field-other = Outro campo
sla-defaults-loading = Os relógios de SLA usam as metas padrão até que as políticas de SLA sejam carregadas.
sla-defaults-failed = Não foi possível carregar as políticas de SLA: os relógios usam as metas padrão.
draft-stale = Outra pessoa salvou este caso depois que você fez estas alterações não salvas (versão { $from } → { $to }). Revise-as antes de salvar: ao salvar, as suas alterações serão gravadas por cima das da outra pessoa.

# Linhas do tempo (de incidentes, notas e histórico de casos)
timeline-heading = Linha do tempo
timeline-new = Nova entrada
timeline-hint = Enter adiciona como: { $kind }
timeline-add = Adicionar
timeline-details = Tipo e horário…
timeline-kind = Tipo
timeline-time-local = Quando aconteceu (seu horário)
timeline-time-utc = Quando aconteceu (UTC)
timeline-extra = Equipe parceira
timeline-as = Escrito por
timeline-nobody = Não informado
timeline-filter = Mostrar
timeline-all = Todos os tipos
timeline-empty = Nada aqui ainda.
timeline-unknown-author = desconhecido
timeline-no-time = horário desconhecido
timeline-text = Texto
timeline-edit = Editar
timeline-delete = Excluir
timeline-save = Salvar
timeline-cancel = Cancelar
timeline-delete-confirm = Excluir esta entrada?
timeline-delete-yes = Sim, excluir
timeline-time-invalid = Informe uma data e um horário completos, a partir do ano 2000.
timeline-time-future = Isso é mais de um dia no futuro. Uma entrada registra o que já aconteceu: informe quando aconteceu.
timeline-unknown-kind = tipo desconhecido
case-history = Notas e histórico
case-event-note = Nota
case-event-change = Alteração
case-event-partner_request = Solicitação à equipe parceira
case-event-partner_reply = Resposta da equipe parceira
history-change = { $field }: { $from } → { $to }
history-hidden = (oculto)
history-team = Equipe parceira: { $name }
history-add-failed = Não adicionado:
history-edit-failed = A entrada não foi salva:
history-delete-conflict = Alguém alterou esta entrada depois que ela foi carregada, por isso ela não foi excluída. Confira a entrada de novo primeiro.
history-delete-failed = A entrada não foi excluída:

# Linhas do tempo de incidentes
record-not-saved = Não salvo; o que está gravado é exibido novamente:
record-conflict = Outra pessoa alterou isto depois que você o carregou: { $fields }. A versão da outra pessoa está sendo exibida.
action-items = Itens de ação
add-item = Adicionar item de ação
back-to-incidents = ← Todos os incidentes
change-status = Alterar status
declare-failed = O incidente não foi declarado.
declare-retry-hint = Nada do que você digitou foi perdido: clique em “Declarar incidente” para tentar novamente.
declare-incident = Declarar incidente
duration-acknowledge = Tempo até o reconhecimento
duration-detect = Tempo até a detecção
duration-mitigate = Tempo até a mitigação
duration-resolve = Tempo até a resolução
duration-so-far = { $time } até agora
entry-not-added = A entrada não foi adicionada.
entry-not-deleted = A entrada não foi excluída.
escalate-case = Escalar para incidente
escalating-case = Escalando o caso:
event-kind-detected = Detectado
event-kind-declared = Declarado
event-kind-update = Atualização
event-kind-escalated = Escalado
event-kind-comms = Comunicação
event-kind-mitigation = Mitigação
event-kind-decision = Decisão
event-kind-status_change = Alteração de status
event-kind-resolved = Resolvido
event-kind-note = Nota
export-field = Campo
export-value = Valor
export-severity = Severidade
export-status = Status
export-commander = Comandante do incidente
export-regions = Regiões
export-started = Início do impacto
export-detected = Detectado
export-acknowledged = Reconhecido
export-mitigated = Mitigado
export-resolved = Resolvido
export-durations = Durações
export-time-to-detect = Tempo até a detecção
export-time-to-acknowledge = Tempo até o reconhecimento
export-time-to-mitigate = Tempo até a mitigação
export-time-to-resolve = Tempo até a resolução
export-running = (até agora)
export-summary = Resumo
export-timeline = Linha do tempo
export-action-items = Itens de ação
export-owner = Responsável
export-due = Prazo
export-overdue = atrasado
export-root-cause = Causa raiz
export-lessons = Lições aprendidas
export-title = Exportar
export-copy = Copiar Markdown
export-download = Baixar Markdown
export-copied = Copiado.
export-select = O navegador não permitiu copiar: o texto abaixo está selecionado; copie-o com Ctrl+C.
export-preview = Texto em Markdown
filters-label = Filtros
followups-failed = O incidente foi declarado, mas as primeiras entradas da linha do tempo ou o vínculo com o caso ainda não foram gravados.
incident-commander = Comandante
incident-not-found = Incidente não encontrado
incident-not-live = Resolvido: não é atualizado automaticamente.
incident-regions = Regiões
incident-running = Em andamento há { $time }
incident-lasted = Durou { $time }
incident-started = Início do impacto
incident-status-label = Status
incident-summary = Resumo
item-due = Prazo
item-not-added = O item de ação não foi adicionado.
item-overdue = Atrasado
item-title = Item de ação
link-case = Vincular um caso
linked-cases = Casos vinculados
no-linked-cases = Nenhum caso vinculado.
review-lessons = Lições aprendidas
review-root-cause = Causa raiz
review-save = Salvar revisão
review-title = Revisão pós-incidente
severity-label = Severidade
status-entry-failed = O status foi alterado, mas a entrada na linha do tempo não foi gravada.
invalid-not-a-local-time = Este horário local não existe (ele é pulado na mudança para o horário de verão). Escolha outro horário ou mude para UTC.
invalid-time = Não é uma data e um horário válidos.
apply-choice = Aplicar
link-case-apply = Vincular
followup-case-gone = O caso a partir do qual este incidente foi declarado não existe mais; ele não foi vinculado.
declare-case-failed = Não foi possível ler o caso a ser escalado.
declare-case-not-read = O incidente só pode ser declarado depois que o caso a ser escalado for lido, pois o incidente fica vinculado a ele. Use “Tentar novamente” acima para lê-lo de novo.
duration-out-of-order = Horários fora de ordem (o fim está { $time } antes do início)
export-out-of-order = horários fora de ordem
case-linked-elsewhere = Este caso já está vinculado a outro incidente; ele não foi vinculado aqui.
unlink-case = Desvincular
invalid-future = Não pode estar no futuro.
invalid-after-detected = Não pode ser posterior ao momento da detecção.
history-yes = Sim
history-no = Não
history-more = { $count ->
    [one] Mais { $count } alteração não exibida.
    [many] Mais { $count } de alterações não exibidas.
   *[other] Mais { $count } alterações não exibidas.
}

## Equipe: navegação
team-nav = Páginas da equipe
team-nav-people = Pessoas
team-nav-skills = Habilidades
team-nav-goals = Objetivos
team-nav-wellbeing = Check-ins e bem-estar
team-nav-shifts = Turnos
team-nav-handover = Passagem de turno

## Equipe: pessoas, habilidades, objetivos, check-ins (manter este bloco antes do próximo)
add = Adicionar
save = Salvar
cancel = Cancelar
yes = Sim
no = Não
record-not-deleted = Não excluído; o registro é exibido novamente:
person-name = Nome
person-role = Função
person-region = Região
person-timezone = Fuso horário (IANA, ex.: America/Sao_Paulo)
person-local-time = Horário local agora
person-languages = Idiomas (ex.: en, ar, pt-BR)
person-mentor = Mentor
person-started = Entrada na equipe
person-active = Na equipe
person-inactive = Saiu da equipe
person-open-cases = Casos em aberto como responsável
person-add = Adicionar pessoa
person-edit = Editar
person-not-found = Não há ninguém com este ID na equipe.
person-not-added = A pessoa não foi adicionada.
person-name-missing = Informe um nome.
person-role-missing = Escolha uma função.
person-region-missing = Escolha uma região de base.
person-zone-invalid = Informe um fuso horário que o navegador reconheça, como America/Sao_Paulo.
person-languages-invalid = Use códigos de idioma como en, ar ou pt-BR, separados por vírgulas.
person-date-invalid = Informe uma data no formato AAAA-MM-DD.
person-mentor-self = Uma pessoa não pode ser mentora de si mesma.
person-upcoming-shifts = Próximos turnos
shift-primary = Titular
shift-backup = Reserva
workload-link = Casos em aberto: { $count }
workload-unassigned = Casos em aberto sem responsável: { $count }
skills-title = Matriz de habilidades
skill-cell = Nível em { $skill } de { $name }
skill-add = Nova habilidade
skill-add-hint = ex.: osint
skill-remove = Remover
coverage-row = { $region }: pessoas com nível { $level } ou superior
coverage-none = ninguém
coverage-single = apenas uma pessoa
goal-new = Novo objetivo
goal-kind = Tipo
goal-kind-skill = Habilidade
goal-kind-career = Carreira
goal-kind-training = Treinamento
goal-kind-certification = Certificação
goal-skill = Habilidade que desenvolve (opcional)
goal-target-on = Data prevista
goal-target = previsto para { $date }
goal-progress = Progresso (%)
goal-status = Status
goal-status-active = Ativo
goal-status-done = Concluído
goal-status-dropped = Descartado
goal-not-added = O objetivo não foi adicionado.
goals-overdue-count = Objetivos atrasados: { $count }
goals-done-count = Objetivos concluídos neste trimestre (desde { $since }): { $count }
check-in-on = Data
check-in-wellbeing = Bem-estar (1 com dificuldades – 5 muito bem)
check-in-workload = Carga de trabalho (1 leve – 5 excessiva)
check-in-exposure = Minutos de exposição a conteúdo perturbador nesta semana
check-in-notes = Notas privadas (visíveis apenas para líderes)
check-in-log = Registrar check-in
check-in-line = bem-estar { $wellbeing }, carga de trabalho { $workload }, { $minutes } min de conteúdo perturbador
check-in-not-added = O check-in não foi salvo.
check-in-date-invalid = Informe a data do check-in.
check-in-exposure-invalid = Informe os minutos como um número inteiro.
trend-title = Últimas 12 semanas
trend-week-ending = Fim da semana
show-as-table = Mostrar como tabela
attention-title = Quem pode precisar de apoio
attention-intro = Pessoas cujos check-ins recentes indicam que uma conversa pode ajudar. Cada item explica o motivo; procure a pessoa com cuidado e gentileza.
attention-limit = Exposição que merece atenção (minutos em 7 dias)
attention-low-wellbeing = Relatou estar passando por um momento difícil nos dois últimos check-ins (bem-estar { $last } e { $before } de 5).
attention-high-exposure = Teve muita exposição a conteúdo perturbador nesta semana: { $minutes } minutos (acima de { $limit }). Uma pausa ou uma mudança de fila pode ajudar.
attention-no-check-in = Sem conversa individual há { $days } dias: um bom momento para conversar.
attention-never-checked-in = Ainda sem conversa individual: um bom momento para a primeira.

## ----

## Equipe: turnos, cobertura e passagem de turno
shifts-title = Turnos e cobertura
shift-gap-count = { $count ->
    [0] { $count } horas sem titular nas próximas 168 horas
    [one] { $count } hora sem titular nas próximas 168 horas
    [many] { $count } de horas sem titular nas próximas 168 horas
   *[other] { $count } horas sem titular nas próximas 168 horas
}
shift-zone = Mostrar horários em
shift-zone-own = Seu fuso horário
shift-zone-utc = UTC
shift-week-back = Semana anterior
shift-week-next = Próxima semana
shift-week-caption = Quem está no turno, hora a hora, nas 168 horas a partir de { $from }
shift-time = Horário
shifts-in-week = Turnos desta semana
shift-form-add = Adicionar um turno
shift-form-move = Mover um turno
shift-person = Pessoa
shift-choose-person = Escolha uma pessoa
shift-region = Região coberta
shift-kind = Tipo
shift-kind-unknown = Tipo desconhecido
shift-date = Data
shift-start = Início
shift-end = Fim (no dia seguinte, se for antes do início)
shift-form-zone = A data e os horários estão no fuso { $name }.
shift-add = Adicionar turno
shift-save-move = Salvar os novos horários
shift-cancel = Cancelar
shift-move = Mover
shift-remove = Remover
shift-remove-confirm = Remover este turno?
shift-keep = Manter
shift-gap = Sem titular
shift-backup-short = Reserva:
shift-day-length = { $count ->
    [one] um dia de { $count } hora
    [many] um dia de { $count } de horas
   *[other] um dia de { $count } horas
}
shift-not-added = O turno não foi adicionado.
shift-error-unreadable = Informe uma data e os horários de início e de fim.
shift-error-start-skipped = Esse horário de início não existe nesse dia neste fuso (os relógios são adiantados): escolha outro.
shift-error-end-skipped = Esse horário de fim não existe nesse dia neste fuso (os relógios são adiantados): escolha outro.
shift-error-empty = O turno termina no mesmo horário em que começa: escolha outro horário de fim.
shift-error-person = Escolha quem está no turno.
shift-error-region = Escolha a região coberta.
handover-title = Passagem de turno
handover-intro = No fim do turno de cada região: quando termina, quem assume e quais casos P0 e P1 em aberto e incidentes em aberto são repassados.
handover-none = Nenhum turno de titular previsto para esta região.
handover-unknown-hub = Região desconhecida
handover-ends = O turno de { $name } termina em { $time }.
handover-to = { $name } assume em { $time }.
handover-after-gap = { $name } só assume em { $time }: ninguém está no turno nesse intervalo.
handover-nobody = Não há ninguém previsto para assumir.
handover-your-time = No seu horário: { $time }
handover-cases = { $count ->
    [0] Nenhum caso P0/P1 em aberto
    [one] { $count } caso P0/P1 em aberto
    [many] { $count } de casos P0/P1 em aberto
   *[other] { $count } casos P0/P1 em aberto
}
handover-incidents = { $count ->
    [0] Nenhum incidente em aberto
    [one] { $count } incidente em aberto
    [many] { $count } de incidentes em aberto
   *[other] { $count } incidentes em aberto
}

## Painel de KPIs (docs/kpis.md)
kpi-cases_created = Casos criados
kpi-cases_resolved = Casos resolvidos
kpi-backlog = Em aberto agora
kpi-backlog_age_p50 = Idade dos casos em aberto, mediana
kpi-first_response_p50 = Primeira resposta, mediana
kpi-first_response_p90 = Primeira resposta, percentil 90
kpi-resolution_p50 = Resolução, mediana
kpi-resolution_p90 = Resolução, percentil 90
kpi-sla_first_response = Primeira resposta dentro do SLA
kpi-sla_resolution = Resolvidos dentro do SLA
kpi-reopen_rate = Taxa de reabertura
kpi-csat_avg = Satisfação (CSAT), média
kpi-csat_satisfied = Satisfeitos (CSAT 4 ou 5)
kpi-incidents = Incidentes
kpi-mttd = Tempo médio até a detecção
kpi-mtta = Tempo médio até o reconhecimento
kpi-mttm = Tempo médio até a mitigação
kpi-mttr = Tempo médio até a resolução
kpi-action_items_open = Itens de ação em aberto
kpi-action_items_overdue = Itens de ação atrasados
kpi-open_unassigned = Casos em aberto sem responsável
kpi-goals_done = Objetivos concluídos
kpi-goals_overdue = Objetivos atrasados
kpi-wellbeing_avg = Bem-estar, média
kpi-volume_by_region = Casos criados por região
kpi-volume_by_category = Casos criados por categoria
kpi-volume_by_priority = Casos criados por prioridade
kpi-daily_created = Criados
kpi-daily_resolved = Resolvidos
kpi-daily_backlog = Em aberto no fim do dia
kpi-incidents_by_severity = Incidentes por severidade
kpi-open_per_owner = Casos em aberto por responsável
kpi-exposure_week = Exposição, últimos 7 dias
kpi-coverage_gaps = Horas sem cobertura de titular, próximos 7 dias
kpi-no-data = Sem dados
kpi-change-none = Nada para comparar
kpi-change-same = Igual ao período anterior
kpi-change-up = Aumento de { $amount } em relação ao período anterior
kpi-change-down = Redução de { $amount } em relação ao período anterior
kpi-points = { $value } p.p.
kpi-target = Meta: { $target }
kpi-on-target = Dentro da meta ({ $target })
kpi-off-target = Fora da meta ({ $target })
kpi-partial-mark = Parcial: alguns dados não foram carregados
kpi-partial = Alguns dados não foram carregados. Os números marcados como parciais se baseiam no que foi carregado; “Tentar novamente” pede o restante outra vez.
kpi-damaged = { $count ->
    [0] Nenhum registro está fora do contrato de dados.
    [one] Um registro não segue o contrato de dados e fica de fora de todos os números.
    [many] { $count } de registros não seguem o contrato de dados e ficam de fora de todos os números.
   *[other] { $count } registros não seguem o contrato de dados e ficam de fora de todos os números.
}
kpi-loading = Carregando registros: { $count } de { $total }
kpi-as-of = Posição em { $time }. Período: de { $from } a { $to } (fim não incluído).
kpi-refresh = Atualizar
kpi-csv = Baixar CSV
kpi-print = Imprimir
kpi-controls = Período e filtros
kpi-window = Período
kpi-last-days = Últimos { $count } dias
kpi-dates = De uma data a outra
kpi-from = De (data UTC)
kpi-to = Até (data UTC, inclusive)
kpi-unknown = Desconhecido
kpi-chart-cases = Casos
kpi-chart-daily = Casos criados e resolvidos por dia (UTC)
kpi-chart-backlog = Casos em aberto no fim de cada dia (UTC)
kpi-chart-first-response = Tempo até a primeira resposta
kpi-chart-resolution = Tempo até a resolução
kpi-by-severity = Tempos médios por severidade
kpi-section-cases = Casos
kpi-section-incidents = Incidentes
kpi-section-team = Equipe
kpi-people = Pessoas
kpi-person = Pessoa
kpi-gap-hours = { $count ->
    [0] { $count } horas
    [one] { $count } hora
    [many] { $count } de horas
   *[other] { $count } horas
}
kpi-changed = Alguns registros mudaram depois do horário de referência: os números misturam dois momentos. Atualize para ver os dados mais recentes.

## A visão Agora
now-title = Agora
now-as = Você é
now-no-update = Nenhuma atualização nas últimas { $hours } horas.
now-incidents = { $count ->
    [0] Nenhum incidente em aberto
    [one] { $count } incidente em aberto
    [many] { $count } de incidentes em aberto
   *[other] { $count } incidentes em aberto
}
now-add-update = Adicionar atualização
now-update-label = Atualização
now-post = Publicar atualização
now-cases = { $count ->
    [0] Nenhum caso P0/P1 em aberto
    [one] { $count } caso P0/P1 em aberto
    [many] { $count } de casos P0/P1 em aberto
   *[other] { $count } casos P0/P1 em aberto
}
now-say-who = Informe acima quem você é para assumir um caso.
now-take = Assumir
now-shifts = No turno agora
now-nobody = Ninguém no turno
now-backup = Reserva:
header-menu = Menu
filters-toggle = Filtros
filters-toggle-on = Filtros ({ $count })

## A caixa de saída (gravações aguardando o servidor)
error-queued = Ainda não enviado: guardado na caixa de saída deste navegador e será enviado quando o servidor responder.
outbox-title = { $count ->
    [one] { $count } alteração aguardando envio
    [many] { $count } de alterações aguardando envio
   *[other] { $count } alterações aguardando envio
}
outbox-send-now = Enviar agora
outbox-discard = Descartar
outbox-discard-confirm = Descartar definitivamente
outbox-again = Tentar novamente
outbox-open = Abrir
outbox-update = Alteração em { $id }: { $fields }
outbox-create = Novo registro { $id }
outbox-state-waiting = Aguardando o servidor.
outbox-state-failed = Recusado pelo servidor: { $detail }
outbox-state-conflict = Outra pessoa alterou isto nesse meio-tempo: { $fields }. Abra para decidir ou descarte a sua alteração.
outbox-show = Mostrar o que está pendente

# Login (um servidor com login próprio, quando não há portal)
sign-in-title = Entrar
sign-in-note = Entre com sua conta do Watchfloor.
sign-in-expired = Sua sessão expirou. Entre novamente para continuar.
sign-in-email = E-mail
sign-in-password = Senha
sign-in-submit = Entrar
sign-in-busy = Entrando…
sign-in-email-missing = Informe seu endereço de e-mail.
sign-in-email-invalid = Informe um endereço de e-mail completo, como nome@example.com.
sign-in-password-missing = Informe sua senha.
signed-in-as = Conectado como { $name }
sign-out = Sair
error-bad-credentials = E-mail ou senha incorretos.
error-unauthorized-sign-in = Sua sessão expirou: entre novamente.

# label-colon: { $label } and its colon
label-colon = { $label }:
