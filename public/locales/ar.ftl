# Watchfloor: العربية

loading = جارٍ التحميل…
startup-error-title = تعذّر تشغيل Watchfloor
startup-error-hint = اطلب ممن ثبّته التحقق من الملف config.json بجانب index.html.

nav-main = التنقل الرئيسي
nav-now = الآن
nav-cases = الحالات
nav-incidents = الحوادث
nav-team = الفريق
nav-kpis = المؤشرات

not-found-title = غير موجود
not-found-text = لا توجد صفحة على هذا العنوان.
not-found-link = الانتقال إلى الحالات

clocks-label = التوقيت المحلي
clock-you = أنت
language-label = اللغة
zone-label = التوقيت
zone-local = المحلي
zone-utc = UTC

retry = إعادة المحاولة
damaged-summary = { $count ->
    [zero] لا توجد سجلات تالفة
    [one] سجل تالف واحد مستبعد
    [two] سجلان تالفان مستبعدان
    [few] { $count } سجلات تالفة مستبعدة
    [many] { $count } سجلًا تالفًا مستبعدًا
   *[other] { $count } سجل تالف مستبعد
}
damaged-no-id = (بلا معرّف)
more = { $count ->
    [zero] لا مزيد
    [one] وواحدة أخرى
    [two] واثنتان أخريان
    [few] و{ $count } أخرى
    [many] و{ $count } أخرى
   *[other] و{ $count } أخرى
}

error-network = تعذّر الوصول إلى الخادم ({ $detail }). تحقّق من الاتصال ومن عنوان الواجهة البرمجية في config.json.
error-unauthorized = انتهت جلستك: سجّل الدخول مجددًا عبر بوابتك.
error-not-found = غير موجود: ربما حُذف.
error-conflict = غيّر شخص آخر هذا السجل منذ أن فتحته.
error-duplicate = يوجد سجل بهذا المعرّف بالفعل.
error-http = ردّ الخادم بخطأ (HTTP { $status }).
error-http-detail = ردّ الخادم بخطأ (HTTP { $status }): { $detail }
error-protocol = تعذّر فهم ردّ الخادم: { $detail }
error-invalid-query = استعلام غير صالح: { $detail }
error-unsupported = لا يدعمه هذا الخادم: { $detail }
error-config = مشكلة في الإعدادات: { $detail }
error-timeout = لم يُجب الخادم في الوقت المحدد. تحقّق من الاتصال وحاول مرة أخرى.
error-too-many-records = تطابق سجلات أكثر مما يحمّله التطبيق دفعة واحدة ({ $count }). ضيّق عوامل التصفية.

cases-title = الحالات
cases-count = { $count ->
    [zero] لا توجد حالات
    [one] حالة واحدة
    [two] حالتان
    [few] { $count } حالات
    [many] { $count } حالة
   *[other] { $count } حالة
}
cases-open = { $count ->
    [zero] لا حالات مفتوحة
    [one] حالة مفتوحة واحدة
    [two] حالتان مفتوحتان
    [few] { $count } حالات مفتوحة
    [many] { $count } حالة مفتوحة
   *[other] { $count } حالة مفتوحة
}
created-ago = أُنشئت { $ago }
status-new = جديدة
status-triage = قيد الفرز
status-investigating = قيد التحقيق
status-waiting = بانتظار رد
status-resolved = محلولة
status-unknown = غير معروفة

incidents-title = الحوادث
incidents-count = { $count ->
    [zero] لا توجد حوادث
    [one] حادثة واحدة
    [two] حادثتان
    [few] { $count } حوادث
    [many] { $count } حادثة
   *[other] { $count } حادثة
}
incident-status-investigating = قيد التحقيق
incident-status-identified = تم تحديد السبب
incident-status-monitoring = قيد المراقبة
incident-status-resolved = محلولة
severity-sev1 = SEV1 · حرجة
severity-sev2 = SEV2 · جسيمة
severity-sev3 = SEV3 · متوسطة
severity-sev4 = SEV4 · طفيفة
detected-at = اكتُشفت في { $when }
events-title = أحداث الخط الزمني
events-count = { $count ->
    [zero] لا توجد أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $count } أحداث
    [many] { $count } حدثًا
   *[other] { $count } حدث
}
actions-title = إجراءات المتابعة
actions-count = { $count ->
    [zero] لا توجد إجراءات
    [one] إجراء واحد
    [two] إجراءان
    [few] { $count } إجراءات
    [many] { $count } إجراءً
   *[other] { $count } إجراء
}
actions-open = { $count ->
    [zero] لا شيء مفتوح
    [one] واحد مفتوح
    [two] اثنان مفتوحان
    [few] { $count } مفتوحة
    [many] { $count } مفتوحًا
   *[other] { $count } مفتوح
}

team-title = الفريق
team-more-title = التطوير واللقاءات والمناوبات
people-count = { $count ->
    [zero] لا يوجد أشخاص
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
goals-count = { $count ->
    [zero] لا توجد أهداف
    [one] هدف واحد
    [two] هدفان
    [few] { $count } أهداف
    [many] { $count } هدفًا
   *[other] { $count } هدف
}
check-ins-count = { $count ->
    [zero] لا توجد لقاءات
    [one] لقاء واحد
    [two] لقاءان
    [few] { $count } لقاءات
    [many] { $count } لقاءً
   *[other] { $count } لقاء
}
shifts-count = { $count ->
    [zero] لا توجد مناوبات
    [one] مناوبة واحدة
    [two] مناوبتان
    [few] { $count } مناوبات
    [many] { $count } مناوبة
   *[other] { $count } مناوبة
}
role-lead = قائد فريق
role-manager = مدير
role-specialist = أخصائي
role-analyst = محلل

kpis-title = المؤشرات
sla-title = سياسات مستوى الخدمة
sla-priority = الأولوية
sla-first-response = أول رد (دقيقة)
sla-resolution = الحل (دقيقة)

# The case board
category-account_security = أمان الحسابات
category-harmful_content = محتوى ضار
category-high_profile = شخصيات بارزة
category-legal_request = طلب قانوني
category-platform_bug = خلل في المنصة
category-crisis = أزمة
category-other = أخرى
sla-first-left = الرد خلال { $time }
sla-resolve-left = الحل خلال { $time }
sla-first-overdue = تأخر الرد { $time }
sla-resolve-overdue = تأخر الحل { $time }
sla-met = حُلّت ضمن مستوى الخدمة
sla-missed = حُلّت بعد مهلة مستوى الخدمة
move-to = نقل إلى
reveal = إظهار الوصف
sensitive-hidden = محتوى حساس: الوصف مخفي
filter-region = المنطقة
filter-priority = الأولوية
filter-category = الفئة
filter-owner = المسؤول
filter-all = الكل
filter-unassigned = غير مُسنَدة
search = بحث
change-not-saved = لم يُحفظ التغيير، وعادت البطاقة إلى مكانها:
conflict-title = غيّر شخص آخر هذه الحالة منذ أن حمّلتها: { $fields }.
conflict-apply = تطبيق تغييري فوقها
dismiss = إغلاق
show-more = عرض المزيد

# The case workspace: layout, toolbar, table, case page
back-to-cases = → كل الحالات
case-damaged = لا يمكن عرض هذه الحالة
choose = اختر…
close = إغلاق
column-created = أُنشئت
column-sla = مستوى الخدمة
column-status = الوضع
column-title = العنوان
column-updated = حُدّثت
conflict-overlap = تطبيق تغييرك فوق تغيير الشخص الآخر يستبدل ما غيّره في: { $fields }.
conflict-reload-form = تحميل نسخة الشخص الآخر (ستُفقد تعديلاتك)
create-case = إنشاء الحالة
delete-view = حذف العرض { $name }
discard = حذف التغييرات
draft-restored = عادت تغييراتك غير المحفوظة إلى النموذج.
drag-hint = اسحب إلى عمود آخر
export-csv = تصدير CSV
field-csat = رضا العميل
field-description = الوصف
field-first-response = أول رد
field-id = المعرّف
field-incident = الحادثة
field-reopened = مرات إعادة الفتح
field-resolved = حُلّت
field-sensitive = حساسة: تحتوي على محتوى صادم أو مؤلم (الوصف مخفي حتى تُظهره)
field-tags = الوسوم (مفصولة بفواصل)
field-version = الإصدار
filter-language = اللغة
filter-partner = الفريق الشريك
form-invalid = بعض الحقول تحتاج إلى تصحيح: راجع الرسائل أسفلها.
form-not-saved = لم يُحفظ؛ ما زالت تغييراتك في النموذج:
invalid-language = استخدم رمز لغة مثل de أو ar أو pt-BR.
invalid-one-line = يجب أن يكون سطرًا واحدًا.
invalid-required = مطلوب.
invalid-tag = يجب ألا يتجاوز كل وسم 40 حرفًا.
invalid-too-long = طويل جدًا.
last-refreshed = آخر تحديث في { $time }
offline-banner = غير متصل: البيانات حتى { $time }
feed-live = مباشر
feed-live-hint = تظهر تغييرات الآخرين هنا فورًا
feed-connecting = جارٍ الاتصال…
feed-down = غير مباشر
feed-down-hint = تظهر تغييرات الآخرين عند التحديث التالي
layout-board = اللوحة
layout-label = التخطيط
layout-table = الجدول
mark-responded = تم الرد
new-case = حالة جديدة
none = لا شيء
nothing-to-save = لم يتغير شيء: لا شيء للحفظ.
refresh-failed = فشل التحديث:
refresh-now = تحديث الآن
save-case = حفظ التغييرات
save-view = حفظ العرض
saved = تم الحفظ.
saved-views = العروض المحفوظة
saving = جارٍ الحفظ…
shortcut-help = عرض هذه القائمة
shortcut-new = حالة جديدة
shortcut-search = بحث
shortcuts = اختصارات لوحة المفاتيح
unsaved-changes = تغييرات غير محفوظة
view-name = اسم هذا العرض
table-count = { $count ->
    [zero] لا حالات في الجدول
    [one] حالة واحدة في الجدول
    [two] حالتان في الجدول
    [few] { $count } حالات في الجدول
    [many] { $count } حالة في الجدول
   *[other] { $count } حالة في الجدول
}
partner-policy = السياسات
partner-legal = الشؤون القانونية
partner-engineering = الهندسة
partner-trust = الثقة والأمان
partner-product = المنتج
partner-marketing = التسويق
partner-comms = الاتصالات

# Saving and syncing (the save engine)
label-sensitive = حساسة
label-tags = الوسوم
field-other = حقل آخر
sla-defaults-loading = تستخدم مؤقّتات مستوى الخدمة القيم المستهدفة الافتراضية إلى أن تُحمَّل سياسات مستوى الخدمة.
sla-defaults-failed = تعذّر تحميل سياسات مستوى الخدمة: تستخدم المؤقّتات القيم المستهدفة الافتراضية.
draft-stale = حفظ شخص آخر هذه الحالة بعد أن أجريت هذه التغييرات غير المحفوظة (الإصدار { $from } ← { $to }). راجعها قبل الحفظ: الحفظ يكتب تغييراتك فوق تغييراته.

# Timelines (incident timelines, case notes and history)
timeline-heading = الخط الزمني
timeline-new = إدخال جديد
timeline-hint = يضيفه مفتاح Enter بوصفه: { $kind }
timeline-add = إضافة
timeline-details = النوع والوقت…
timeline-kind = النوع
timeline-time-local = متى حدث (بتوقيتك)
timeline-time-utc = متى حدث (UTC)
timeline-extra = الفريق الشريك
timeline-as = الكاتب
timeline-nobody = غير محدد
timeline-filter = عرض
timeline-all = كل الأنواع
timeline-empty = لا شيء هنا بعد.
timeline-unknown-author = غير معروف
timeline-no-time = الوقت غير معروف
timeline-text = النص
timeline-edit = تعديل
timeline-delete = حذف
timeline-save = حفظ
timeline-cancel = إلغاء
timeline-delete-confirm = هل تريد حذف هذا الإدخال؟
timeline-delete-yes = نعم، احذفه
timeline-time-invalid = أدخل تاريخًا ووقتًا كاملين، ابتداءً من عام 2000.
timeline-time-future = هذا بعد أكثر من يوم من الآن. يسجّل الإدخال ما حدث بالفعل: أدخل وقت حدوثه.
timeline-unknown-kind = نوع غير معروف
case-history = الملاحظات والسجل
case-event-note = ملاحظة
case-event-change = تغيير
case-event-partner_request = طلب إلى فريق شريك
case-event-partner_reply = رد الفريق الشريك
history-change = { $field }: { $from } ← { $to }
history-hidden = (مخفي)
history-team = الفريق الشريك: { $name }
history-add-failed = لم تتم الإضافة:
history-edit-failed = لم يُحفظ الإدخال:
history-delete-conflict = غيّر شخص ما هذا الإدخال منذ تحميله، لذلك لم يُحذف. راجعه أولًا.
history-delete-failed = لم يُحذف الإدخال:

# Incident timelines
record-not-saved = لم يُحفظ؛ تُعرض النسخة المخزنة مجددًا:
record-conflict = غيّر شخص آخر هذا منذ تحميله: { $fields }. تُعرض نسخته.
action-items = بنود المتابعة
add-item = إضافة بند متابعة
back-to-incidents = → كل الحوادث
change-status = تغيير الوضع
declare-failed = لم يُعلَن عن الحادثة.
declare-retry-hint = لم يضع شيء مما كتبته: اضغط «إعلان حادثة» للمحاولة مجددًا.
declare-incident = إعلان حادثة
duration-acknowledge = وقت الاستلام
duration-detect = وقت الاكتشاف
duration-mitigate = وقت الاحتواء
duration-resolve = وقت الحل
duration-so-far = { $time } حتى الآن
entry-not-added = لم يُضَف الإدخال.
entry-not-deleted = لم يُحذف الإدخال.
escalate-case = تصعيد إلى حادثة
escalating-case = تصعيد الحالة:
event-kind-detected = اكتُشفت
event-kind-declared = أُعلنت
event-kind-update = تحديث
event-kind-escalated = صُعّدت
event-kind-comms = التواصل
event-kind-mitigation = احتواء
event-kind-decision = قرار
event-kind-status_change = تغيير الوضع
event-kind-resolved = حُلّت
event-kind-note = ملاحظة
export-field = الحقل
export-value = القيمة
export-severity = الخطورة
export-status = الوضع
export-commander = قائد الحادثة
export-regions = المناطق
export-started = بداية الأثر
export-detected = الاكتشاف
export-acknowledged = الاستلام
export-mitigated = الاحتواء
export-resolved = الحل
export-durations = المدد
export-time-to-detect = وقت الاكتشاف
export-time-to-acknowledge = وقت الاستلام
export-time-to-mitigate = وقت الاحتواء
export-time-to-resolve = وقت الحل
export-running = (حتى الآن)
export-summary = الملخص
export-timeline = الخط الزمني
export-action-items = بنود المتابعة
export-owner = المسؤول
export-due = الاستحقاق
export-overdue = متأخر
export-root-cause = السبب الجذري
export-lessons = الدروس المستفادة
export-title = التصدير
export-copy = نسخ Markdown
export-download = تنزيل Markdown
export-copied = نُسخ.
export-select = لم يسمح المتصفح بالنسخ: النص أدناه محدد، انسخه بـ Ctrl+C.
export-preview = نص Markdown
filters-label = عوامل التصفية
followups-failed = أُعلنت الحادثة، لكن أول إدخالات خطها الزمني أو ربط الحالة لم تُكتب بعد.
incident-commander = القائد
incident-not-found = الحادثة غير موجودة
incident-not-live = حُلّت: لا تُحدَّث تلقائيًا.
incident-regions = المناطق
incident-running = جارية منذ { $time }
incident-lasted = استمرت { $time }
incident-started = بداية الأثر
incident-status-label = الوضع
incident-summary = الملخص
item-due = الاستحقاق
item-not-added = لم يُضَف بند المتابعة.
item-overdue = متأخر
item-title = بند المتابعة
link-case = ربط حالة
linked-cases = الحالات المرتبطة
no-linked-cases = لا توجد حالات مرتبطة.
review-lessons = الدروس المستفادة
review-root-cause = السبب الجذري
review-save = حفظ المراجعة
review-title = مراجعة ما بعد الحادثة
severity-label = الخطورة
status-entry-failed = تغيّر الوضع، لكن إدخال الخط الزمني لم يُكتب.
invalid-not-a-local-time = هذا الوقت المحلي غير موجود (يُتخطّى عند التحوّل إلى التوقيت الصيفي). اختر وقتًا آخر أو انتقل إلى UTC.
invalid-time = ليس تاريخًا ووقتًا صالحين.
apply-choice = تطبيق
link-case-apply = ربط
followup-case-gone = الحالة التي أُعلنت منها هذه الحادثة لم تعد موجودة؛ لم تُربط.
declare-case-failed = تعذّرت قراءة الحالة المراد تصعيدها.
declare-case-not-read = لا يمكن إعلان الحادثة قبل قراءة الحالة المراد تصعيدها: فهي تُربط بها. استخدم «إعادة المحاولة» أعلاه لقراءتها من جديد.
duration-out-of-order = الأوقات بترتيب خاطئ (النهاية قبل البداية بـ { $time })
export-out-of-order = الأوقات بترتيب خاطئ
case-linked-elsewhere = هذه الحالة مرتبطة بالفعل بحادثة أخرى؛ لم تُربط هنا.
unlink-case = إلغاء الربط
invalid-future = لا يمكن أن يكون في المستقبل.
invalid-after-detected = يجب ألا يكون بعد وقت الاكتشاف.
history-yes = نعم
history-no = لا
history-more = { $count ->
    [zero] لا تغييرات أخرى.
    [one] تغيير واحد آخر غير معروض.
    [two] تغييران آخران غير معروضين.
    [few] { $count } تغييرات أخرى غير معروضة.
    [many] { $count } تغييرًا آخر غير معروض.
   *[other] { $count } تغيير آخر غير معروض.
}

## Team: navigation
team-nav = صفحات الفريق
team-nav-people = الأشخاص
team-nav-skills = المهارات
team-nav-goals = الأهداف
team-nav-wellbeing = اللقاءات والرفاه
team-nav-shifts = المناوبات
team-nav-handover = التسليم

## Team: people, skills, goals, check-ins (keep this block before the next)
add = إضافة
save = حفظ
cancel = إلغاء
yes = نعم
no = لا
record-not-deleted = لم يُحذف؛ يُعرض من جديد:
person-name = الاسم
person-role = الدور
person-region = المنطقة
person-timezone = المنطقة الزمنية (IANA، مثل Europe/Dublin)
person-local-time = الوقت المحلي الآن
person-languages = اللغات (مثل en وar وpt-BR)
person-mentor = المرشد
person-started = تاريخ الانضمام إلى الفريق
person-active = ضمن الفريق
person-inactive = غادر الفريق
person-open-cases = الحالات المفتوحة المسندة إليه
person-add = إضافة شخص
person-edit = تعديل
person-not-found = لا يوجد أحد في الفريق بهذا المعرّف.
person-not-added = لم تتم إضافة الشخص.
person-name-missing = أدخل اسمًا.
person-role-missing = اختر دورًا.
person-region-missing = اختر المنطقة الأساسية.
person-zone-invalid = أدخل منطقة زمنية يعرفها المتصفح، مثل Europe/Dublin.
person-languages-invalid = استخدم رموز لغات مثل en أو ar أو pt-BR، مفصولة بفواصل.
person-date-invalid = أدخل التاريخ بالصيغة YYYY-MM-DD.
person-mentor-self = لا يمكن أن يكون الشخص مرشدًا لنفسه.
person-upcoming-shifts = المناوبات القادمة
shift-primary = أساسية
shift-backup = احتياطية
workload-link = الحالات المفتوحة: { $count }
workload-unassigned = حالات مفتوحة بلا مسؤول: { $count }
skills-title = مصفوفة المهارات
skill-cell = مستوى { $skill } لدى { $name }
skill-add = مهارة جديدة
skill-add-hint = مثل osint
skill-remove = إزالة
coverage-row = { $region }: الأشخاص في المستوى { $level } فأعلى
coverage-none = لا أحد
coverage-single = شخص واحد فقط
goal-new = هدف جديد
goal-kind = النوع
goal-kind-skill = مهارة
goal-kind-career = مسار مهني
goal-kind-training = تدريب
goal-kind-certification = شهادة
goal-skill = المهارة التي ينمّيها (اختياري)
goal-target-on = التاريخ المستهدف
goal-target = الموعد المستهدف { $date }
goal-progress = التقدّم (%)
goal-status = الوضع
goal-status-active = جارٍ
goal-status-done = مُنجز
goal-status-dropped = موقوف
goal-not-added = لم تتم إضافة الهدف.
goals-overdue-count = أهداف تجاوزت موعدها: { $count }
goals-done-count = أهداف أُنجزت هذا الربع (منذ { $since }): { $count }
check-in-on = التاريخ
check-in-wellbeing = الرفاه (1 يمرّ بوقت صعب – 5 ممتاز)
check-in-workload = عبء العمل (1 خفيف – 5 مرهق)
check-in-exposure = دقائق التعرض لمحتوى صادم أو مؤلم هذا الأسبوع
check-in-notes = ملاحظات خاصة (لقادة الفرق فقط)
check-in-log = تسجيل اللقاء
check-in-line = الرفاه { $wellbeing }، عبء العمل { $workload }، دقائق المحتوى الصعب { $minutes }
check-in-not-added = لم يُحفظ اللقاء.
check-in-date-invalid = أدخل تاريخ اللقاء.
check-in-exposure-invalid = أدخل الدقائق عددًا صحيحًا.
trend-title = آخر 12 أسبوعًا
trend-week-ending = الأسبوع المنتهي في
show-as-table = العرض كجدول
attention-title = من قد يحتاج إلى بعض الدعم
attention-intro = أشخاص تشير لقاءاتهم الأخيرة إلى أن حديثًا معهم قد يساعد. يذكر كل سطر السبب؛ تواصل معهم بلطف.
attention-limit = حدّ التعرض الذي ننتبه له (دقائق خلال 7 أيام)
attention-low-wellbeing = مرّ بوقت صعب في آخر لقاءين (الرفاه { $last } و{ $before } من 5).
attention-high-exposure = شاهد كثيرًا من المحتوى الصعب هذا الأسبوع: { $minutes } دقيقة (أكثر من { $limit }). قد تساعد استراحة أو تغيير قائمة العمل.
attention-no-check-in = لا لقاء فردي منذ { $days } يومًا: وقت مناسب للاطمئنان.
attention-never-checked-in = لا لقاء فرديًا بعد: وقت مناسب لأول لقاء.

## ----

## Team: shifts, coverage and handover
shifts-title = المناوبات والتغطية
shift-gap-count = { $count ->
    [zero] لا توجد ساعات بلا مناوبة أساسية في الساعات الـ168 القادمة
    [one] ساعة واحدة بلا مناوبة أساسية في الساعات الـ168 القادمة
    [two] ساعتان بلا مناوبة أساسية في الساعات الـ168 القادمة
    [few] { $count } ساعات بلا مناوبة أساسية في الساعات الـ168 القادمة
    [many] { $count } ساعة بلا مناوبة أساسية في الساعات الـ168 القادمة
   *[other] { $count } ساعة بلا مناوبة أساسية في الساعات الـ168 القادمة
}
shift-zone = عرض الأوقات بتوقيت
shift-zone-own = منطقتك الزمنية
shift-zone-utc = التوقيت العالمي المنسق (UTC)
shift-week-back = الأسبوع السابق
shift-week-next = الأسبوع التالي
shift-week-caption = من في المناوبة، ساعة بساعة، لمدة 168 ساعة ابتداءً من { $from }
shift-time = الوقت
shifts-in-week = مناوبات هذا الأسبوع
shift-form-add = إضافة مناوبة
shift-form-move = نقل مناوبة
shift-person = الشخص
shift-choose-person = اختر شخصًا
shift-region = المنطقة المغطاة
shift-kind = النوع
shift-kind-unknown = النوع غير معروف
shift-date = التاريخ
shift-start = البداية
shift-end = النهاية (في اليوم التالي إن كانت قبل البداية)
shift-form-zone = التاريخ والأوقات بتوقيت { $name }.
shift-add = أضف المناوبة
shift-save-move = احفظ الأوقات الجديدة
shift-cancel = إلغاء
shift-move = نقل
shift-remove = حذف
shift-remove-confirm = هل تحذف هذه المناوبة؟
shift-keep = إبقاؤها
shift-gap = لا مناوبة أساسية
shift-backup-short = احتياطي:
shift-day-length = { $count ->
    [zero] يوم من { $count } ساعة
    [one] يوم من ساعة واحدة
    [two] يوم من ساعتين
    [few] يوم من { $count } ساعات
    [many] يوم من { $count } ساعة
   *[other] يوم من { $count } ساعة
}
shift-not-added = لم تُضَف المناوبة.
shift-error-unreadable = أدخل تاريخًا ووقتَي البداية والنهاية.
shift-error-start-skipped = وقت البداية هذا غير موجود في ذلك اليوم في هذه المنطقة الزمنية (تُقدَّم الساعة): اختر وقتًا آخر.
shift-error-end-skipped = وقت النهاية هذا غير موجود في ذلك اليوم في هذه المنطقة الزمنية (تُقدَّم الساعة): اختر وقتًا آخر.
shift-error-empty = تنتهي المناوبة حين تبدأ: اختر وقت نهاية آخر.
shift-error-person = اختر من في المناوبة.
shift-error-region = اختر المنطقة المغطاة.
handover-title = التسليم
handover-intro = عند نهاية مناوبة كل منطقة: متى تنتهي، ومن يتسلّم، وما تسلّمه من حالات P0 وP1 المفتوحة والحوادث المفتوحة.
handover-none = لا توجد مناوبة أساسية مخططة لهذه المنطقة.
handover-unknown-hub = منطقة غير معروفة
handover-ends = تنتهي مناوبة { $name } في { $time }.
handover-to = تتسلّم { $name } في { $time }.
handover-after-gap = لا تتسلّم { $name } إلا في { $time }: لا أحد في المناوبة في الفترة بينهما.
handover-nobody = لا أحد مخطط له أن يتسلّم.
handover-your-time = بتوقيتك: { $time }
handover-cases = { $count ->
    [zero] لا توجد حالات P0/P1 مفتوحة
    [one] حالة P0/P1 مفتوحة واحدة
    [two] حالتان P0/P1 مفتوحتان
    [few] { $count } حالات P0/P1 مفتوحة
    [many] { $count } حالة P0/P1 مفتوحة
   *[other] { $count } حالة P0/P1 مفتوحة
}
handover-incidents = { $count ->
    [zero] لا توجد حوادث مفتوحة
    [one] حادثة مفتوحة واحدة
    [two] حادثتان مفتوحتان
    [few] { $count } حوادث مفتوحة
    [many] { $count } حادثة مفتوحة
   *[other] { $count } حادثة مفتوحة
}

## KPI dashboard (docs/kpis.md)
kpi-cases_created = الحالات المُنشأة
kpi-cases_resolved = الحالات المحلولة
kpi-backlog = المفتوحة الآن
kpi-backlog_age_p50 = عمر الحالات المفتوحة، الوسيط
kpi-first_response_p50 = أول رد، الوسيط
kpi-first_response_p90 = أول رد، المئين التسعون
kpi-resolution_p50 = الحل، الوسيط
kpi-resolution_p90 = الحل، المئين التسعون
kpi-sla_first_response = أول رد ضمن مستوى الخدمة (SLA)
kpi-sla_resolution = حُلّت ضمن مستوى الخدمة (SLA)
kpi-reopen_rate = أُعيد فتحها
kpi-csat_avg = رضا العملاء (CSAT)، المتوسط
kpi-csat_satisfied = راضون (CSAT 4 أو 5)
kpi-incidents = الحوادث
kpi-mttd = متوسط وقت الاكتشاف
kpi-mtta = متوسط وقت الاستلام
kpi-mttm = متوسط وقت الاحتواء
kpi-mttr = متوسط وقت الحل
kpi-action_items_open = بنود المتابعة المفتوحة
kpi-action_items_overdue = بنود المتابعة المتأخرة
kpi-open_unassigned = حالات مفتوحة بلا مسؤول
kpi-goals_done = الأهداف المُنجزة
kpi-goals_overdue = أهداف تجاوزت موعدها
kpi-wellbeing_avg = الرفاه، المتوسط
kpi-volume_by_region = الحالات المُنشأة حسب المنطقة
kpi-volume_by_category = الحالات المُنشأة حسب الفئة
kpi-volume_by_priority = الحالات المُنشأة حسب الأولوية
kpi-daily_created = أُنشئت
kpi-daily_resolved = حُلّت
kpi-daily_backlog = مفتوحة في نهاية اليوم
kpi-incidents_by_severity = الحوادث حسب الخطورة
kpi-open_per_owner = الحالات المفتوحة المسندة إليه
kpi-exposure_week = التعرض، آخر 7 أيام
kpi-coverage_gaps = ساعات بلا مناوبة أساسية، الأيام السبعة القادمة
kpi-no-data = لا توجد بيانات
kpi-change-none = لا شيء للمقارنة
kpi-change-same = دون تغيير عن الفترة السابقة
kpi-change-up = ارتفاع بمقدار { $amount } عن الفترة السابقة
kpi-change-down = انخفاض بمقدار { $amount } عن الفترة السابقة
kpi-points = { $value } نقطة مئوية
kpi-target = القيمة المستهدفة { $target }
kpi-on-target = تحققت القيمة المستهدفة ({ $target })
kpi-off-target = لم تتحقق القيمة المستهدفة ({ $target })
kpi-partial-mark = جزئي: لم تُحمَّل بعض البيانات
kpi-partial = لم تُحمَّل بعض البيانات. الأرقام المعلَّمة بأنها جزئية مبنية على ما حُمِّل فقط؛ يطلب زر «إعادة المحاولة» الباقي من جديد.
kpi-damaged = { $count ->
    [zero] لا توجد سجلات مخالفة لعقد البيانات.
    [one] سجل واحد لا يطابق عقد البيانات، وهو مستبعد من جميع المؤشرات.
    [two] سجلان لا يطابقان عقد البيانات، وهما مستبعدان من جميع المؤشرات.
    [few] { $count } سجلات لا تطابق عقد البيانات، وهي مستبعدة من جميع المؤشرات.
    [many] { $count } سجلًا لا تطابق عقد البيانات، وهي مستبعدة من جميع المؤشرات.
   *[other] { $count } سجل لا تطابق عقد البيانات، وهي مستبعدة من جميع المؤشرات.
}
kpi-loading = جارٍ تحميل السجلات: { $count } من { $total }
kpi-as-of = البيانات كما في { $time }. الفترة: من { $from } إلى { $to } (دون احتساب النهاية).
kpi-refresh = تحديث
kpi-csv = تنزيل CSV
kpi-print = طباعة
kpi-controls = الفترة وعوامل التصفية
kpi-window = الفترة
kpi-last-days = { $count ->
    [zero] آخر { $count } يوم
    [one] آخر يوم
    [two] آخر يومين
    [few] آخر { $count } أيام
    [many] آخر { $count } يومًا
   *[other] آخر { $count } يوم
}
kpi-dates = من تاريخ إلى آخر
kpi-from = من (تاريخ UTC)
kpi-to = إلى (تاريخ UTC، ضمنًا)
kpi-unknown = غير معروف
kpi-chart-cases = الحالات
kpi-chart-daily = الحالات المُنشأة والمحلولة يوميًا (UTC)
kpi-chart-backlog = الحالات المفتوحة في نهاية كل يوم (UTC)
kpi-chart-first-response = وقت أول رد
kpi-chart-resolution = وقت الحل
kpi-by-severity = متوسط الأوقات حسب الخطورة
kpi-section-cases = الحالات
kpi-section-incidents = الحوادث
kpi-section-team = الفريق
kpi-people = الأشخاص
kpi-person = الشخص
kpi-gap-hours = { $count ->
    [zero] لا توجد ساعات
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
kpi-changed = تغيّرت بعض السجلات بعد وقت الإحصاء، فالأرقام تجمع بين لحظتين. حدّث الصفحة للاطلاع على أحدث البيانات.

## The now view
now-title = الآن
now-as = أنت
now-no-update = لا يوجد تحديث خلال آخر { $hours } ساعة.
now-incidents = { $count ->
    [zero] لا توجد حوادث مفتوحة
    [one] حادثة مفتوحة واحدة
    [two] حادثتان مفتوحتان
    [few] { $count } حوادث مفتوحة
    [many] { $count } حادثة مفتوحة
   *[other] { $count } حادثة مفتوحة
}
now-add-update = إضافة تحديث
now-update-label = التحديث
now-post = نشر التحديث
now-cases = { $count ->
    [zero] لا توجد حالات P0/P1 مفتوحة
    [one] حالة P0/P1 مفتوحة واحدة
    [two] حالتان P0/P1 مفتوحتان
    [few] { $count } حالات P0/P1 مفتوحة
    [many] { $count } حالة P0/P1 مفتوحة
   *[other] { $count } حالة P0/P1 مفتوحة
}
now-say-who = اختر من أنت في الأعلى لتتولى حالة.
now-take = تولَّ الحالة
now-shifts = في المناوبة الآن
now-nobody = لا أحد في المناوبة
now-backup = الاحتياط:
header-menu = القائمة
filters-toggle = عوامل التصفية
filters-toggle-on = عوامل التصفية ({ $count })

## The outbox (writes waiting for the backend)
error-queued = لم يُرسَل بعد: محفوظ في صندوق الصادر في هذا المتصفح وسيُرسَل عندما يستجيب الخادم.
outbox-title = { $count ->
    [zero] لا توجد تغييرات بانتظار الإرسال
    [one] تغيير واحد بانتظار الإرسال
    [two] تغييران بانتظار الإرسال
    [few] { $count } تغييرات بانتظار الإرسال
    [many] { $count } تغييرًا بانتظار الإرسال
   *[other] { $count } تغيير بانتظار الإرسال
}
outbox-send-now = أرسل الآن
outbox-discard = احذف التغيير
outbox-discard-confirm = احذفه نهائيًا (سيُفقد)
outbox-again = أعد المحاولة
outbox-open = افتح
outbox-update = تغيير على { $id }: { $fields }
outbox-create = سجل جديد { $id }
outbox-state-waiting = بانتظار الخادم.
outbox-state-failed = رفضه الخادم: { $detail }
outbox-state-conflict = غيّره شخص آخر في الأثناء: { $fields }. افتحه لتقرر، أو احذف تغييرك.
outbox-show = اعرض ما ينتظر

# تسجيل الدخول (خادم له تسجيل دخول خاص به، خارج البوابة)
sign-in-title = تسجيل الدخول
sign-in-note = سجّل الدخول بحسابك في Watchfloor.
sign-in-expired = انتهت جلستك. سجّل الدخول مجددًا للمتابعة.
sign-in-email = البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-busy = جارٍ تسجيل الدخول…
sign-in-email-missing = أدخل عنوان بريدك الإلكتروني.
sign-in-email-invalid = أدخل عنوان بريد إلكتروني كاملًا، مثل name@example.com.
sign-in-password-missing = أدخل كلمة المرور.
signed-in-as = تم تسجيل الدخول باسم { $name }
sign-out = تسجيل الخروج
error-bad-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-unauthorized-sign-in = انتهت جلستك: سجّل الدخول مجددًا.

# label-colon: { $label } and its colon
label-colon = { $label }:
