# Watchfloor: 日本語
# CLDR `ja` has a single plural category (`other`); a few counts also have
# an exact `[0]` variant where "0件" would read badly.

loading = 読み込み中…
startup-error-title = Watchfloorを起動できません
startup-error-hint = デプロイ担当者に、index.htmlと同じ場所にあるconfig.jsonの確認を依頼してください。

nav-main = メインナビゲーション
nav-now = 現況
nav-cases = 案件
nav-incidents = インシデント
nav-team = チーム
nav-kpis = KPI

not-found-title = ページが見つかりません
not-found-text = このアドレスにはページがありません。
not-found-link = 案件一覧へ

clocks-label = 各地の時刻
clock-you = 自分
language-label = 言語
zone-label = 時刻表示
zone-local = ローカル時刻
zone-utc = UTC

retry = 再試行
damaged-summary = { $count ->
   *[other] 破損したレコード{ $count }件を除外しました
}
damaged-no-id = （IDなし）
more = { $count ->
   *[other] ほか{ $count }件
}

error-network = バックエンドに接続できません（{ $detail }）。接続状況と、config.jsonのAPIアドレスを確認してください。
error-unauthorized = セッションの有効期限が切れました。ポータルから再度ログインしてください。
error-not-found = 見つかりません。削除された可能性があります。
error-conflict = このレコードは、あなたが開いた後に他の人によって変更されました。
error-duplicate = このIDのレコードはすでに存在します。
error-http = バックエンドがエラーを返しました（HTTP { $status }）。
error-http-detail = バックエンドがエラーを返しました（HTTP { $status }）：{ $detail }
error-protocol = バックエンドの応答を解釈できませんでした：{ $detail }
error-invalid-query = 無効なクエリです：{ $detail }
error-unsupported = このバックエンドではサポートされていません：{ $detail }
error-config = 設定に問題があります：{ $detail }
error-timeout = バックエンドが時間内に応答しませんでした。接続を確認して、もう一度お試しください。
error-too-many-records = 該当するレコードが、アプリが一度に読み込める件数（{ $count }件）を超えています。フィルターで絞り込んでください。

cases-title = 案件
cases-count = { $count ->
   *[other] 案件{ $count }件
}
cases-open = { $count ->
   *[other] 未解決{ $count }件
}
created-ago = { $ago }に作成
status-new = 新規
status-triage = トリアージ
status-investigating = 調査中
status-waiting = 待機中
status-resolved = 解決済み
status-unknown = 不明

incidents-title = インシデント
incidents-count = { $count ->
   *[other] インシデント{ $count }件
}
incident-status-investigating = 調査中
incident-status-identified = 原因特定済み
incident-status-monitoring = 経過観察中
incident-status-resolved = 解決済み
severity-sev1 = SEV1 · 致命的
severity-sev2 = SEV2 · 重大
severity-sev3 = SEV3 · 中程度
severity-sev4 = SEV4 · 軽微
detected-at = { $when }に検知
events-title = タイムラインイベント
events-count = { $count ->
   *[other] イベント{ $count }件
}
actions-title = アクションアイテム
actions-count = { $count ->
   *[other] アクションアイテム{ $count }件
}
actions-open = { $count ->
   *[other] 未完了{ $count }件
}

team-title = チーム
team-more-title = 成長・チェックイン・シフト
people-count = { $count ->
   *[other] メンバー{ $count }名
}
goals-count = { $count ->
   *[other] 目標{ $count }件
}
check-ins-count = { $count ->
   *[other] チェックイン{ $count }件
}
shifts-count = { $count ->
   *[other] シフト{ $count }件
}
role-lead = リード
role-manager = マネージャー
role-specialist = スペシャリスト
role-analyst = アナリスト

kpis-title = KPI
sla-title = SLAポリシー
sla-priority = 優先度
sla-first-response = 初回応答（分）
sla-resolution = 解決（分）

# The case board
category-account_security = アカウントセキュリティ
category-harmful_content = 有害コンテンツ
category-high_profile = 要人・著名人
category-legal_request = 法的要請
category-platform_bug = プラットフォームの不具合
category-crisis = クライシス
category-other = その他
sla-first-left = 初回応答まで残り{ $time }
sla-resolve-left = 解決まで残り{ $time }
sla-first-overdue = 初回応答の期限を{ $time }超過
sla-resolve-overdue = 解決の期限を{ $time }超過
sla-met = SLA内に解決済み
sla-missed = SLA超過後に解決
move-to = 移動先
reveal = 説明を表示
sensitive-hidden = センシティブ：説明は非表示です
filter-region = リージョン
filter-priority = 優先度
filter-category = カテゴリ
filter-owner = 担当者
filter-all = すべて
filter-unassigned = 未割り当て
search = 検索
change-not-saved = 保存されていません。カードは元の位置に戻りました：
conflict-title = この案件は、あなたが読み込んだ後に他の人によって変更されました：{ $fields }。
conflict-apply = 相手の変更の上に自分の変更を適用
dismiss = 閉じる
show-more = さらに表示

# The case workspace: layout, toolbar, table, case page
back-to-cases = ← 案件一覧
case-damaged = この案件は表示できません
choose = 選択してください…
close = 閉じる
column-created = 作成日時
column-sla = SLA
column-status = ステータス
column-title = タイトル
column-updated = 更新日時
conflict-overlap = あなたの変更をその上に適用すると、相手による次の項目の変更が置き換えられます：{ $fields }。
conflict-reload-form = 相手のバージョンを読み込む（あなたの変更は失われます）
create-case = 案件を作成
delete-view = ビュー「{ $name }」を削除
discard = 破棄
draft-restored = 以前の未保存の変更をフォームに復元しました。
drag-hint = 別の列へドラッグ
export-csv = CSVをエクスポート
field-csat = CSAT
field-description = 説明
field-first-response = 初回応答日時
field-id = ID
field-incident = インシデント
field-reopened = 再オープン回数
field-resolved = 解決日時
field-sensitive = センシティブ：衝撃的・苦痛を伴う可能性のあるコンテンツを含む（表示を選ぶまで説明は非表示）
field-tags = タグ（カンマ区切り）
field-version = バージョン
filter-language = 言語
filter-partner = 連携チーム
form-invalid = 確認が必要な項目があります。各項目の下のメッセージをご確認ください。
form-not-saved = 保存されていません。変更内容はフォームに残っています：
invalid-language = ja、ar、pt-BRなどの言語タグを使用してください。
invalid-one-line = 1行で入力してください。
invalid-required = 必須項目です。
invalid-tag = 各タグは40文字以内にしてください。
invalid-too-long = 長すぎます。
last-refreshed = 最終読み込み：{ $time }
offline-banner = オフライン：{ $time }時点のデータを表示しています
feed-live = ライブ
feed-live-hint = 他の人の変更がすぐにここに反映されます
feed-connecting = 接続中…
feed-down = ライブ接続なし
feed-down-hint = 他の人の変更は次回の再読み込み時に反映されます
layout-board = ボード
layout-label = レイアウト
layout-table = 表
mark-responded = 応答済みにする
new-case = 新規案件
none = なし
nothing-to-save = 変更はありません。保存する内容がありません。
refresh-failed = 再読み込みに失敗しました：
refresh-now = 今すぐ再読み込み
save-case = 変更を保存
save-view = ビューを保存
saved = 保存しました。
saved-views = 保存済みビュー
saving = 保存中…
shortcut-help = この一覧を表示
shortcut-new = 新規案件
shortcut-search = 検索
shortcuts = キーボードショートカット
unsaved-changes = 未保存の変更
view-name = このビューの名前
table-count = { $count ->
   *[other] 表内の案件{ $count }件
}
partner-policy = ポリシー
partner-legal = 法務
partner-engineering = エンジニアリング
partner-trust = Trust & Safety
partner-product = プロダクト
partner-marketing = マーケティング
partner-comms = 広報

# Saving and syncing (the save engine)
label-sensitive = センシティブ
label-tags = タグ
field-other = その他の項目
sla-defaults-loading = SLAポリシーの読み込みが完了するまで、SLAタイマーは既定の基準値を使用します。
sla-defaults-failed = SLAポリシーを読み込めませんでした。SLAタイマーは既定の基準値を使用しています。
draft-stale = これらの未保存の変更を行った後に、他の人がこの案件を保存しました（バージョン{ $from } → { $to }）。保存する前に内容を確認してください。保存すると、相手の変更の上にあなたの変更が書き込まれます。

# Timelines (incident timelines, case notes and history)
timeline-heading = タイムライン
timeline-new = 新しいエントリ
timeline-hint = Enterキーで「{ $kind }」として追加します
timeline-add = 追加
timeline-details = 種類と日時…
timeline-kind = 種類
timeline-time-local = 発生日時（ローカル時刻）
timeline-time-utc = 発生日時（UTC）
timeline-extra = 連携チーム
timeline-as = 記入者
timeline-nobody = 指定なし
timeline-filter = 表示
timeline-all = すべての種類
timeline-empty = まだ何もありません。
timeline-unknown-author = 不明
timeline-no-time = 日時不明
timeline-text = 本文
timeline-edit = 編集
timeline-delete = 削除
timeline-save = 保存
timeline-cancel = キャンセル
timeline-delete-confirm = このエントリを削除しますか？
timeline-delete-yes = はい、削除します
timeline-time-invalid = 2000年以降の日付と時刻を、省略せずに入力してください。
timeline-time-future = 現在から1日以上先の日時です。エントリには既に起きたことを記録します。実際に起きた日時を入力してください。
timeline-unknown-kind = 不明な種類
case-history = メモと履歴
case-event-note = メモ
case-event-change = 変更
case-event-partner_request = 連携チームへの依頼
case-event-partner_reply = 連携チームからの回答
history-change = { $field }：{ $from } → { $to }
history-hidden = （非表示）
history-team = 連携チーム：{ $name }
history-add-failed = 追加できませんでした：
history-edit-failed = エントリを保存できませんでした：
history-delete-conflict = このエントリは読み込んだ後に他の人によって変更されたため、削除されませんでした。まず内容を確認してください。
history-delete-failed = エントリを削除できませんでした：

# Incident timelines
record-not-saved = 保存されていません。保存済みの内容を再表示しています：
record-conflict = あなたが読み込んだ後に他の人が変更しました：{ $fields }。相手のバージョンを表示しています。
action-items = アクションアイテム
add-item = アクションアイテムを追加
back-to-incidents = ← インシデント一覧
change-status = ステータスを変更
declare-failed = インシデントを宣言できませんでした。
declare-retry-hint = 入力した内容は失われていません。「インシデントを宣言」を押して再試行してください。
declare-incident = インシデントを宣言
duration-acknowledge = 確認までの時間
duration-detect = 検知までの時間
duration-mitigate = 緩和までの時間
duration-resolve = 解決までの時間
duration-so-far = 現時点で{ $time }
entry-not-added = エントリを追加できませんでした。
entry-not-deleted = エントリを削除できませんでした。
escalate-case = インシデントにエスカレーション
escalating-case = エスカレーションする案件：
event-kind-detected = 検知
event-kind-declared = 宣言
event-kind-update = 状況更新
event-kind-escalated = エスカレーション
event-kind-comms = 広報
event-kind-mitigation = 緩和
event-kind-decision = 判断
event-kind-status_change = ステータス変更
event-kind-resolved = 解決
event-kind-note = メモ
export-field = 項目
export-value = 値
export-severity = 重大度
export-status = ステータス
export-commander = インシデントコマンダー
export-regions = リージョン
export-started = 影響開始
export-detected = 検知
export-acknowledged = 確認
export-mitigated = 緩和
export-resolved = 解決
export-durations = 所要時間
export-time-to-detect = 検知までの時間
export-time-to-acknowledge = 確認までの時間
export-time-to-mitigate = 緩和までの時間
export-time-to-resolve = 解決までの時間
export-running = （現時点）
export-summary = 概要
export-timeline = タイムライン
export-action-items = アクションアイテム
export-owner = 担当者
export-due = 期限
export-overdue = 期限超過
export-root-cause = 根本原因
export-lessons = 教訓
export-title = エクスポート
export-copy = Markdownをコピー
export-download = Markdownをダウンロード
export-copied = コピーしました。
export-select = ブラウザーでコピーが許可されませんでした。下のテキストを選択した状態にしましたので、Ctrl+Cでコピーしてください。
export-preview = Markdownテキスト
filters-label = フィルター
followups-failed = インシデントは宣言されましたが、最初のタイムラインエントリまたは案件とのリンクがまだ書き込まれていません。
incident-commander = コマンダー
incident-not-found = インシデントが見つかりません
incident-not-live = 解決済み：自動では再読み込みされません。
incident-regions = リージョン
incident-running = 発生から{ $time }経過
incident-lasted = 継続時間：{ $time }
incident-started = 影響開始
incident-status-label = ステータス
incident-summary = 概要
item-due = 期限
item-not-added = アクションアイテムを追加できませんでした。
item-overdue = 期限超過
item-title = アクションアイテム
link-case = 案件をリンク
linked-cases = リンクされた案件
no-linked-cases = リンクされた案件はありません。
review-lessons = 教訓
review-root-cause = 根本原因
review-save = レビューを保存
review-title = 事後レビュー
severity-label = 重大度
status-entry-failed = ステータスは変更されましたが、タイムラインのエントリは書き込まれませんでした。
invalid-not-a-local-time = このローカル時刻は存在しません（夏時間の開始で時計が進むため）。別の時刻を選択するか、UTCに切り替えてください。
invalid-time = 有効な日時ではありません。
apply-choice = 適用
link-case-apply = リンク
followup-case-gone = このインシデントの宣言元の案件がすでに存在しないため、リンクされませんでした。
declare-case-failed = エスカレーションする案件を読み込めませんでした。
declare-case-not-read = インシデントは案件からリンクされるため、エスカレーションする案件を読み込むまで宣言できません。上の「再試行」で再度読み込んでください。
duration-out-of-order = 時刻の順序が不正です（終了{ $time }が開始より前）
export-out-of-order = 時刻の順序が不正
case-linked-elsewhere = この案件はすでに別のインシデントにリンクされているため、ここにはリンクされませんでした。
unlink-case = リンク解除
invalid-future = 未来の日時は指定できません。
invalid-after-detected = 検知日時より後にすることはできません。
history-yes = はい
history-no = いいえ
history-more = { $count ->
   *[other] ほかに{ $count }件の変更は表示されていません。
}

## Team: navigation
team-nav = チームのページ
team-nav-people = メンバー
team-nav-skills = スキル
team-nav-goals = 目標
team-nav-wellbeing = チェックインとウェルビーイング
team-nav-shifts = シフト
team-nav-handover = 引き継ぎ

## Team: people, skills, goals, check-ins (keep this block before the next)
add = 追加
save = 保存
cancel = キャンセル
yes = はい
no = いいえ
record-not-deleted = 削除されませんでした。再表示しています：
person-name = 名前
person-role = 役割
person-region = 所属リージョン
person-timezone = タイムゾーン（IANA形式、例：Asia/Tokyo）
person-local-time = 現在の現地時刻
person-languages = 言語（例：ja、en、pt-BR）
person-mentor = メンター
person-started = チーム参加日
person-active = 在籍中
person-inactive = 元メンバー
person-open-cases = 担当中の未解決案件
person-add = メンバーを追加
person-edit = 編集
person-not-found = このIDのメンバーはチームにいません。
person-not-added = メンバーを追加できませんでした。
person-name-missing = 名前を入力してください。
person-role-missing = 役割を選択してください。
person-region-missing = 所属リージョンを選択してください。
person-zone-invalid = ブラウザーが認識できるタイムゾーン（Asia/Tokyoなど）を入力してください。
person-languages-invalid = ja、en、pt-BRなどの言語タグをカンマ区切りで入力してください。
person-date-invalid = 日付はYYYY-MM-DD形式で入力してください。
person-mentor-self = このメンバー自身をメンターに設定することはできません。
person-upcoming-shifts = 今後のシフト
shift-primary = プライマリ
shift-backup = バックアップ
workload-link = 未解決案件：{ $count }件
workload-unassigned = 担当者のいない未解決案件：{ $count }件
skills-title = スキルマトリクス
skill-cell = { $name }の{ $skill }レベル
skill-add = 新しいスキル
skill-add-hint = 例：osint
skill-remove = 削除
coverage-row = { $region }：レベル{ $level }以上のメンバー
coverage-none = 該当者なし
coverage-single = 1名のみ
goal-new = 新しい目標
goal-kind = 種類
goal-kind-skill = スキル
goal-kind-career = キャリア
goal-kind-training = 研修
goal-kind-certification = 資格
goal-skill = 伸ばすスキル（任意）
goal-target-on = 達成期限
goal-target = 達成期限：{ $date }
goal-progress = 進捗（%）
goal-status = ステータス
goal-status-active = 進行中
goal-status-done = 達成
goal-status-dropped = 中止
goal-not-added = 目標を追加できませんでした。
goals-overdue-count = 達成期限を過ぎた目標：{ $count }件
goals-done-count = 今四半期（{ $since }以降）に達成した目標：{ $count }件
check-in-on = 日付
check-in-wellbeing = ウェルビーイング（1：つらい〜5：とても良い）
check-in-workload = 業務負荷（1：軽い〜5：過重）
check-in-exposure = 今週、衝撃的なコンテンツに接した時間（分）
check-in-notes = 非公開メモ（リードのみ閲覧可）
check-in-log = チェックインを記録
check-in-line = ウェルビーイング：{ $wellbeing }、業務負荷：{ $workload }、衝撃的なコンテンツに接した時間：{ $minutes }分
check-in-not-added = チェックインを保存できませんでした。
check-in-date-invalid = チェックインの日付を入力してください。
check-in-exposure-invalid = 時間は分単位の整数で入力してください。
trend-title = 直近12週間
trend-week-ending = 週の最終日
show-as-table = 表で表示
attention-title = サポートがあると良さそうなメンバー
attention-intro = 最近のチェックインから、声をかけると良さそうなメンバーです。それぞれ理由を添えています。思いやりをもって声をかけてください。
attention-limit = 気にかけたい目安：衝撃的なコンテンツに接した時間（7日間の合計、分）
attention-low-wellbeing = 直近2回のチェックインで、つらい状態が続いているようです（ウェルビーイングは5段階で{ $last }、その前は{ $before }）。
attention-high-exposure = 今週は衝撃的なコンテンツに接した時間が長くなっています：{ $minutes }分（目安の{ $limit }分を超えています）。休憩や担当キューの変更が助けになるかもしれません。
attention-no-check-in = { $days }日間1on1が行われていません。近況を話す良い機会です。
attention-never-checked-in = まだ1on1が行われていません。最初の1on1を行う良い機会です。

## ----

## Team: shifts, coverage and handover
shifts-title = シフトとカバー体制
shift-gap-count = { $count ->
    [0] 今後168時間、プライマリ不在の時間はありません
   *[other] 今後168時間のうち、プライマリ不在：{ $count }時間
}
shift-zone = 表示するタイムゾーン
shift-zone-own = 自分のタイムゾーン
shift-zone-utc = UTC
shift-week-back = 前の週
shift-week-next = 次の週
shift-week-caption = { $from }から168時間の、1時間ごとの勤務者
shift-time = 時刻
shifts-in-week = この週のシフト
shift-form-add = シフトを追加
shift-form-move = シフトを移動
shift-person = メンバー
shift-choose-person = メンバーを選択
shift-region = カバーするリージョン
shift-kind = 種類
shift-kind-unknown = 種類不明
shift-date = 日付
shift-start = 開始
shift-end = 終了（開始より前の時刻なら翌日）
shift-form-zone = 日付と時刻のタイムゾーン：{ $name }
shift-add = シフトを追加
shift-save-move = 新しい時刻を保存
shift-cancel = キャンセル
shift-move = 移動
shift-remove = 削除
shift-remove-confirm = このシフトを削除しますか？
shift-keep = 削除しない
shift-gap = プライマリ不在
shift-backup-short = バックアップ：
shift-day-length = { $count ->
   *[other] この日は{ $count }時間
}
shift-not-added = シフトを追加できませんでした。
shift-error-unreadable = 日付と、開始・終了時刻を入力してください。
shift-error-start-skipped = この開始時刻は、このタイムゾーンのこの日には存在しません（夏時間の開始で時計が進むため）。別の時刻を選択してください。
shift-error-end-skipped = この終了時刻は、このタイムゾーンのこの日には存在しません（夏時間の開始で時計が進むため）。別の時刻を選択してください。
shift-error-empty = 終了時刻が開始時刻と同じです。別の終了時刻を選択してください。
shift-error-person = シフトに入るメンバーを選択してください。
shift-error-region = カバーするリージョンを選択してください。
handover-title = 引き継ぎ
handover-intro = 各リージョンのシフト終了時の引き継ぎ：終了時刻、引き継ぎ先、引き継ぐ未解決のP0・P1案件と未解決のインシデントです。
handover-none = このリージョンにはプライマリのシフトが予定されていません。
handover-unknown-hub = 不明なリージョン
handover-ends = { $name }のシフトは{ $time }に終了します。
handover-to = { $time }から{ $name }が引き継ぎます。
handover-after-gap = { $name }が引き継ぐのは{ $time }からです。それまでの間、シフトに入っている人はいません。
handover-nobody = 引き継ぎ先が予定されていません。
handover-your-time = あなたのタイムゾーンでは{ $time }
handover-cases = { $count ->
    [0] 未解決のP0/P1案件はありません
   *[other] 未解決のP0/P1案件{ $count }件
}
handover-incidents = { $count ->
    [0] 未解決のインシデントはありません
   *[other] 未解決のインシデント{ $count }件
}

## KPI dashboard (docs/kpis.md)
kpi-cases_created = 作成された案件
kpi-cases_resolved = 解決された案件
kpi-backlog = 現在の未解決案件
kpi-backlog_age_p50 = 未解決案件の経過時間（中央値）
kpi-first_response_p50 = 初回応答（中央値）
kpi-first_response_p90 = 初回応答（90パーセンタイル）
kpi-resolution_p50 = 解決（中央値）
kpi-resolution_p90 = 解決（90パーセンタイル）
kpi-sla_first_response = SLA内の初回応答
kpi-sla_resolution = SLA内の解決
kpi-reopen_rate = 再オープン率
kpi-csat_avg = 満足度（CSAT）平均
kpi-csat_satisfied = 満足（CSAT 4または5）
kpi-incidents = インシデント
kpi-mttd = 平均検知時間
kpi-mtta = 平均確認時間
kpi-mttm = 平均緩和時間
kpi-mttr = 平均解決時間
kpi-action_items_open = 未完了のアクションアイテム
kpi-action_items_overdue = 期限超過のアクションアイテム
kpi-open_unassigned = 担当者のいない未解決案件
kpi-goals_done = 達成した目標
kpi-goals_overdue = 達成期限を過ぎた目標
kpi-wellbeing_avg = ウェルビーイング（平均）
kpi-volume_by_region = リージョン別の作成案件数
kpi-volume_by_category = カテゴリ別の作成案件数
kpi-volume_by_priority = 優先度別の作成案件数
kpi-daily_created = 作成
kpi-daily_resolved = 解決
kpi-daily_backlog = 日末時点の未解決
kpi-incidents_by_severity = 重大度別のインシデント
kpi-open_per_owner = 担当中の未解決案件
kpi-exposure_week = 衝撃的なコンテンツに接した時間（直近7日間）
kpi-coverage_gaps = プライマリ不在の時間（今後7日間）
kpi-no-data = データなし
kpi-change-none = 比較対象なし
kpi-change-same = 前の期間と同じ
kpi-change-up = 前の期間から{ $amount }増加
kpi-change-down = 前の期間から{ $amount }減少
kpi-points = { $value }ポイント
kpi-target = 基準値：{ $target }
kpi-on-target = 基準値を達成（{ $target }）
kpi-off-target = 基準値に未達（{ $target }）
kpi-partial-mark = 一部のみ：読み込めなかったデータがあります
kpi-partial = 一部のデータを読み込めませんでした。「一部のみ」と表示された数値は、読み込めたデータに基づいています。「再試行」で残りのデータを再度取得します。
kpi-damaged = { $count ->
   *[other] { $count }件のレコードがデータ契約に適合しないため、すべての数値から除外されています。
}
kpi-loading = レコードを読み込み中：{ $total }件中{ $count }件
kpi-as-of = { $time }時点。集計期間：{ $from }〜{ $to }（終了時点は含みません）。
kpi-refresh = 再読み込み
kpi-csv = CSVをダウンロード
kpi-print = 印刷
kpi-controls = 集計期間とフィルター
kpi-window = 集計期間
kpi-last-days = 直近{ $count }日間
kpi-dates = 日付で指定
kpi-from = 開始日（UTC）
kpi-to = 終了日（UTC、当日を含む）
kpi-unknown = 不明
kpi-chart-cases = 案件
kpi-chart-daily = 日ごとの作成・解決案件数（UTC）
kpi-chart-backlog = 各日の終了時点の未解決案件数（UTC）
kpi-chart-first-response = 初回応答までの時間
kpi-chart-resolution = 解決までの時間
kpi-by-severity = 重大度別の平均時間
kpi-section-cases = 案件
kpi-section-incidents = インシデント
kpi-section-team = チーム
kpi-people = メンバー
kpi-person = メンバー
kpi-gap-hours = { $count ->
   *[other] { $count }時間
}
kpi-changed = 集計時点の後に変更されたレコードがあり、数値に2つの時点のデータが混在しています。最新の状態にするには再読み込みしてください。

## The now view
now-title = 現況
now-as = あなたの名前
now-no-update = 直近{ $hours }時間、状況更新がありません。
now-incidents = { $count ->
    [0] 未解決のインシデントはありません
   *[other] 未解決のインシデント{ $count }件
}
now-add-update = 状況更新を追加
now-update-label = 状況更新
now-post = 状況更新を投稿
now-cases = { $count ->
    [0] 未解決のP0/P1案件はありません
   *[other] 未解決のP0/P1案件{ $count }件
}
now-say-who = 案件を担当するには、上で自分の名前を選択してください。
now-take = 担当する
now-shifts = 現在シフト中
now-nobody = シフト中のメンバーはいません
now-backup = バックアップ：
header-menu = メニュー
filters-toggle = フィルター
filters-toggle-on = フィルター（{ $count }）

## The outbox (writes waiting for the backend)
error-queued = まだ送信されていません。このブラウザーの送信待ちに保管され、バックエンドが応答した時点で送信されます。
outbox-title = { $count ->
   *[other] 送信待ちの変更が{ $count }件あります
}
outbox-send-now = 今すぐ送信
outbox-discard = 破棄
outbox-discard-confirm = 完全に破棄
outbox-again = 再試行
outbox-open = 開く
outbox-update = { $id }への変更：{ $fields }
outbox-create = 新規レコード：{ $id }
outbox-state-waiting = バックエンドの応答を待っています。
outbox-state-failed = バックエンドに拒否されました：{ $detail }
outbox-state-conflict = その間に他の人が変更しました：{ $fields }。開いて対応を判断するか、あなたの変更を破棄してください。
outbox-show = 送信待ちの内容を表示

# Signing in (a backend with its own sign-in, when not in a portal)
sign-in-title = ログイン
sign-in-note = Watchfloorアカウントでログインしてください。
sign-in-expired = セッションの有効期限が切れました。続けるには再度ログインしてください。
sign-in-email = メールアドレス
sign-in-password = パスワード
sign-in-submit = ログイン
sign-in-busy = ログイン中…
sign-in-email-missing = メールアドレスを入力してください。
sign-in-email-invalid = name@example.comのような完全なメールアドレスを入力してください。
sign-in-password-missing = パスワードを入力してください。
signed-in-as = { $name }としてログイン中
sign-out = ログアウト
error-bad-credentials = メールアドレスまたはパスワードが正しくありません。
error-unauthorized-sign-in = セッションの有効期限が切れました。再度ログインしてください。

# label-colon: { $label } and its colon
label-colon = { $label }：
