# Watchfloor: Türkçe

loading = Yükleniyor…
startup-error-title = Watchfloor başlatılamıyor
startup-error-hint = Kurulumu yapan kişiden index.html yanındaki config.json dosyasını kontrol etmesini isteyin.

nav-main = Ana gezinme
nav-now = Şimdi
nav-cases = Vakalar
nav-incidents = Olaylar
nav-team = Ekip
nav-kpis = Göstergeler

not-found-title = Bulunamadı
not-found-text = Bu adreste bir sayfa yok.
not-found-link = Vakalara git

clocks-label = Yerel saatler
clock-you = Siz
language-label = Dil
zone-label = Saatler
zone-local = Yerel
zone-utc = UTC

retry = Tekrar dene
damaged-summary = { $count ->
    [one] { $count } bozuk kayıt dışarıda bırakıldı
   *[other] { $count } bozuk kayıt dışarıda bırakıldı
}
damaged-no-id = (kimlik yok)
more = { $count ->
    [one] ve { $count } tane daha
   *[other] ve { $count } tane daha
}

error-network = Sunucuya ulaşılamıyor ({ $detail }). Bağlantıyı ve config.json içindeki API adresini kontrol edin.
error-unauthorized = Oturumunuz sona erdi: portalınız üzerinden yeniden oturum açın.
error-not-found = Bulunamadı: silinmiş olabilir.
error-conflict = Siz açtıktan sonra bu kaydı başka biri değiştirdi.
error-duplicate = Bu kimliğe sahip bir kayıt zaten var.
error-http = Sunucu bir hatayla yanıt verdi (HTTP { $status }).
error-http-detail = Sunucu bir hatayla yanıt verdi (HTTP { $status }): { $detail }
error-protocol = Sunucunun yanıtı anlaşılamadı: { $detail }
error-invalid-query = Geçersiz sorgu: { $detail }
error-unsupported = Bu sunucu desteklemiyor: { $detail }
error-config = Yapılandırma sorunu: { $detail }
error-timeout = Sunucu zamanında yanıt vermedi. Bağlantıyı kontrol edip yeniden deneyin.
error-too-many-records = Uygulamanın tek seferde yüklediğinden ({ $count }) daha fazla kayıt eşleşiyor. Filtreleri daraltın.

cases-title = Vakalar
cases-count = { $count ->
    [one] { $count } vaka
   *[other] { $count } vaka
}
cases-open = { $count ->
    [one] { $count } açık
   *[other] { $count } açık
}
created-ago = { $ago } oluşturuldu
status-new = Yeni
status-triage = Ön değerlendirme
status-investigating = İnceleniyor
status-waiting = Beklemede
status-resolved = Çözüldü
status-unknown = Bilinmiyor

incidents-title = Olaylar
incidents-count = { $count ->
    [one] { $count } olay
   *[other] { $count } olay
}
incident-status-investigating = İnceleniyor
incident-status-identified = Neden belirlendi
incident-status-monitoring = İzleniyor
incident-status-resolved = Çözüldü
severity-sev1 = SEV1 · kritik
severity-sev2 = SEV2 · ciddi
severity-sev3 = SEV3 · orta
severity-sev4 = SEV4 · düşük
detected-at = { $when } tarihinde fark edildi
events-title = Zaman çizelgesi
events-count = { $count ->
    [one] { $count } kayıt
   *[other] { $count } kayıt
}
actions-title = Aksiyonlar
actions-count = { $count ->
    [one] { $count } aksiyon
   *[other] { $count } aksiyon
}
actions-open = { $count ->
    [one] { $count } açık
   *[other] { $count } açık
}

team-title = Ekip
team-more-title = Gelişim, birebirler ve vardiyalar
people-count = { $count ->
    [one] { $count } kişi
   *[other] { $count } kişi
}
goals-count = { $count ->
    [one] { $count } hedef
   *[other] { $count } hedef
}
check-ins-count = { $count ->
    [one] { $count } birebir görüşme
   *[other] { $count } birebir görüşme
}
shifts-count = { $count ->
    [one] { $count } vardiya
   *[other] { $count } vardiya
}
role-lead = Ekip lideri
role-manager = Yönetici
role-specialist = Uzman
role-analyst = Analist

kpis-title = Göstergeler
sla-title = SLA politikaları
sla-priority = Öncelik
sla-first-response = İlk yanıt (dk)
sla-resolution = Çözüm (dk)

# The case board
category-account_security = Hesap güvenliği
category-harmful_content = Zararlı içerik
category-high_profile = Yüksek profil
category-legal_request = Hukuki talep
category-platform_bug = Platform hatası
category-crisis = Kriz
category-other = Diğer
sla-first-left = yanıt için { $time } kaldı
sla-resolve-left = çözüm için { $time } kaldı
sla-first-overdue = yanıt { $time } gecikti
sla-resolve-overdue = çözüm { $time } gecikti
sla-met = SLA içinde çözüldü
sla-missed = SLA sonrasında çözüldü
move-to = Taşı
reveal = Açıklamayı göster
sensitive-hidden = Hassas içerik: açıklama gizli
filter-region = Bölge
filter-priority = Öncelik
filter-category = Kategori
filter-owner = Sorumlu
filter-all = Tümü
filter-unassigned = Atanmamış
search = Ara
change-not-saved = Kaydedilmedi, kart eski yerine döndü:
conflict-title = Siz yükledikten sonra bu vakayı başka biri değiştirdi: { $fields }.
conflict-apply = Değişikliğimi üzerine uygula
dismiss = Kapat
show-more = Daha fazla göster

# The case workspace: layout, toolbar, table, case page
back-to-cases = ← Tüm vakalar
case-damaged = Bu vaka gösterilemiyor
choose = Seçin…
close = Kapat
column-created = Oluşturuldu
column-sla = SLA
column-status = Durum
column-title = Başlık
column-updated = Güncellendi
conflict-overlap = Sizinkini üstüne uygulamak onların şu değişikliğinin yerini alır: { $fields }.
conflict-reload-form = Onların sürümünü yükle (değişiklikleriniz silinir)
create-case = Vaka oluştur
delete-view = { $name } görünümünü sil
discard = Değişiklikleri at
draft-restored = Daha önce kaydedilmemiş değişiklikleriniz forma geri yüklendi.
drag-hint = Başka bir sütuna sürükleyin
export-csv = CSV dışa aktar
field-csat = CSAT
field-description = Açıklama
field-first-response = İlk yanıt
field-id = Kimlik
field-incident = Olay
field-reopened = Yeniden açılma sayısı
field-resolved = Çözüldü
field-sensitive = Hassas: sarsıcı içerik barındırır (açıklama, siz gösterene kadar gizli)
field-tags = Etiketler (virgülle ayrılmış)
field-version = Sürüm
filter-language = Dil
filter-partner = Ortak ekip
form-invalid = Bazı alanlar düzeltilmeli: altlarındaki iletilere bakın.
form-not-saved = Kaydedilmedi; değişiklikleriniz formda duruyor:
invalid-language = de, ar veya pt-BR gibi bir dil etiketi kullanın.
invalid-one-line = Tek satır olmalı.
invalid-required = Zorunlu.
invalid-tag = Her etiket en fazla 40 karakter olabilir.
invalid-too-long = Çok uzun.
last-refreshed = Son yenileme { $time }
offline-banner = Çevrimdışı: { $time } itibarıyla veriler
feed-live = Canlı
feed-live-hint = başkalarının değişiklikleri burada hemen görünür
feed-connecting = Bağlanıyor…
feed-down = Canlı değil
feed-down-hint = başkalarının değişiklikleri bir sonraki yenilemede görünür
layout-board = Pano
layout-label = Düzen
layout-table = Tablo
mark-responded = Yanıtlandı
new-case = Yeni vaka
none = Yok
nothing-to-save = Değişiklik yok: kaydedilecek bir şey yok.
refresh-failed = Yenileme başarısız:
refresh-now = Şimdi yenile
save-case = Değişiklikleri kaydet
save-view = Görünümü kaydet
saved = Kaydedildi.
saved-views = Kayıtlı görünümler
saving = Kaydediliyor…
shortcut-help = Bu listeyi göster
shortcut-new = Yeni vaka
shortcut-search = Ara
shortcuts = Klavye kısayolları
unsaved-changes = Kaydedilmemiş değişiklikler
view-name = Bu görünümün adı
table-count = { $count ->
    [one] Tabloda { $count } vaka
   *[other] Tabloda { $count } vaka
}
partner-policy = Politika
partner-legal = Hukuk
partner-engineering = Mühendislik
partner-trust = Güven ve Güvenlik
partner-product = Ürün
partner-marketing = Pazarlama
partner-comms = İletişim

# Saving and syncing (the save engine)
label-sensitive = Hassas
label-tags = Etiketler
field-other = Diğer alan
sla-defaults-loading = SLA politikaları yüklenene kadar SLA saatleri varsayılan hedef süreleri kullanır.
sla-defaults-failed = SLA politikaları yüklenemedi: saatler varsayılan hedef süreleri kullanıyor.
draft-stale = Bu kaydedilmemiş değişiklikleri yaptıktan sonra başka biri bu vakayı kaydetti (sürüm { $from } → { $to }). Kaydetmeden önce kontrol edin: kaydetmek değişikliklerinizi onlarınkinin üzerine yazar.

# Timelines (incident timelines, case notes and history)
timeline-heading = Zaman çizelgesi
timeline-new = Yeni kayıt
timeline-hint = Enter şu türde ekler: { $kind }
timeline-add = Ekle
timeline-details = Tür ve zaman…
timeline-kind = Tür
timeline-time-local = Ne zaman oldu (sizin saatiniz)
timeline-time-utc = Ne zaman oldu (UTC)
timeline-extra = Ortak ekip
timeline-as = Yazan
timeline-nobody = Belirtilmedi
timeline-filter = Göster
timeline-all = Tüm türler
timeline-empty = Henüz bir şey yok.
timeline-unknown-author = bilinmiyor
timeline-no-time = zaman bilinmiyor
timeline-text = Metin
timeline-edit = Düzenle
timeline-delete = Sil
timeline-save = Kaydet
timeline-cancel = Vazgeç
timeline-delete-confirm = Bu kayıt silinsin mi?
timeline-delete-yes = Evet, sil
timeline-time-invalid = 2000 yılından itibaren tam bir tarih ve saat girin.
timeline-time-future = Bu, şu andan itibaren bir günden fazla ileride. Bir kayıt zaten olmuş olanı yazar: ne zaman olduğunu girin.
timeline-unknown-kind = bilinmeyen tür
case-history = Notlar ve geçmiş
case-event-note = Not
case-event-change = Değişiklik
case-event-partner_request = Ortak ekibe talep
case-event-partner_reply = Ortak ekibin yanıtı
history-change = { $field }: { $from } → { $to }
history-hidden = (gizli)
history-team = Ortak ekip: { $name }
history-add-failed = Eklenmedi:
history-edit-failed = Kayıt kaydedilmedi:
history-delete-conflict = Bu kayıt yüklendikten sonra biri tarafından değiştirildi, bu yüzden silinmedi. Önce yeniden bakın.
history-delete-failed = Kayıt silinmedi:

# Incident timelines
record-not-saved = Kaydedilmedi; kayıtlı hali yeniden gösteriliyor:
record-conflict = Siz yükledikten sonra başka biri bunu değiştirdi: { $fields }. Onun sürümü gösteriliyor.
action-items = Aksiyonlar
add-item = Aksiyon ekle
back-to-incidents = ← Tüm olaylar
change-status = Durumu değiştir
declare-failed = Olay ilan edilmedi.
declare-retry-hint = Yazdıklarınız kaybolmadı: yeniden denemek için “Olay ilan et”e basın.
declare-incident = Olay ilan et
duration-acknowledge = Üstlenme süresi
duration-detect = Fark etme süresi
duration-mitigate = Hafifletme süresi
duration-resolve = Çözüm süresi
duration-so-far = şimdiye kadar { $time }
entry-not-added = Kayıt eklenmedi.
entry-not-deleted = Kayıt silinmedi.
escalate-case = Olaya yükselt
escalating-case = Vaka yükseltiliyor:
event-kind-detected = Fark edildi
event-kind-declared = İlan edildi
event-kind-update = Güncelleme
event-kind-escalated = Yükseltildi
event-kind-comms = İletişim
event-kind-mitigation = Hafifletme
event-kind-decision = Karar
event-kind-status_change = Durum değişikliği
event-kind-resolved = Çözüldü
event-kind-note = Not
export-field = Alan
export-value = Değer
export-severity = Önem
export-status = Durum
export-commander = Olay yöneticisi
export-regions = Bölgeler
export-started = Etkinin başlangıcı
export-detected = Fark edildi
export-acknowledged = Üstlenildi
export-mitigated = Hafifletildi
export-resolved = Çözüldü
export-durations = Süreler
export-time-to-detect = Fark etme süresi
export-time-to-acknowledge = Üstlenme süresi
export-time-to-mitigate = Hafifletme süresi
export-time-to-resolve = Çözüm süresi
export-running = (şimdiye kadar)
export-summary = Özet
export-timeline = Zaman çizelgesi
export-action-items = Aksiyonlar
export-owner = Sorumlu
export-due = Son tarih
export-overdue = gecikmiş
export-root-cause = Kök neden
export-lessons = Çıkarılan dersler
export-title = Dışa aktar
export-copy = Markdown'u kopyala
export-download = Markdown'u indir
export-copied = Kopyalandı.
export-select = Tarayıcı kopyalamaya izin vermedi: aşağıdaki metin seçili, Ctrl+C ile kopyalayın.
export-preview = Markdown metni
filters-label = Filtreler
followups-failed = Olay ilan edildi, ancak ilk zaman çizelgesi kayıtları veya vaka bağlantısı henüz yazılmadı.
incident-commander = Yönetici
incident-not-found = Olay bulunamadı
incident-not-live = Çözüldü: otomatik yenilenmiyor.
incident-regions = Bölgeler
incident-running = { $time } süredir sürüyor
incident-lasted = { $time } sürdü
incident-started = Etkinin başlangıcı
incident-status-label = Durum
incident-summary = Özet
item-due = Son tarih
item-not-added = Aksiyon eklenmedi.
item-overdue = Gecikmiş
item-title = Aksiyon
link-case = Vaka bağla
linked-cases = Bağlı vakalar
no-linked-cases = Bağlı vaka yok.
review-lessons = Çıkarılan dersler
review-root-cause = Kök neden
review-save = İncelemeyi kaydet
review-title = Olay sonrası inceleme
severity-label = Önem
status-entry-failed = Durum değişti, ancak zaman çizelgesi kaydı yazılmadı.
invalid-not-a-local-time = Bu yerel saat yok (yaz saati uygulamasında atlanır). Başka bir saat seçin veya UTC’ye geçin.
invalid-time = Geçerli bir tarih ve saat değil.
apply-choice = Uygula
link-case-apply = Bağla
followup-case-gone = Bu olayın bildirildiği vaka artık yok; bağlanmadı.
declare-case-failed = Üst seviyeye taşınacak vaka okunamadı.
declare-case-not-read = Üst seviyeye taşınacak vaka okunmadan olay bildirilemez: olay ona bağlanır. Yeniden okumak için yukarıdaki Tekrar dene düğmesini kullanın.
duration-out-of-order = Zamanlar sırasız (bitiş, başlangıçtan { $time } önce)
export-out-of-order = zamanlar sırasız
case-linked-elsewhere = Bu vaka zaten başka bir olaya bağlı; buraya bağlanmadı.
unlink-case = Bağlantıyı kaldır
invalid-future = Gelecekte olamaz.
invalid-after-detected = Fark edildiği zamandan sonra olamaz.
history-yes = Evet
history-no = Hayır
history-more = Gösterilmeyen { $count } değişiklik daha var.

## Team: navigation
team-nav = Ekip sayfaları
team-nav-people = Kişiler
team-nav-skills = Beceriler
team-nav-goals = Hedefler
team-nav-wellbeing = Görüşmeler ve iyi oluş
team-nav-shifts = Vardiyalar
team-nav-handover = Devir

## Team: people, skills, goals, check-ins (keep this block before the next)
add = Ekle
save = Kaydet
cancel = İptal
yes = Evet
no = Hayır
record-not-deleted = Silinmedi; kayıt yeniden gösteriliyor:
person-name = Ad
person-role = Rol
person-region = Bölge
person-timezone = Saat dilimi (IANA, ör. Europe/Dublin)
person-local-time = Şu anki yerel saat
person-languages = Diller (ör. en, ar, pt-BR)
person-mentor = Mentor
person-started = Ekibe katılış
person-active = Ekipte
person-inactive = Ekipten ayrıldı
person-open-cases = Üstlendiği açık vakalar
person-add = Kişi ekle
person-edit = Düzenle
person-not-found = Ekipte bu kimlikle kimse yok.
person-not-added = Kişi eklenmedi.
person-name-missing = Bir ad girin.
person-role-missing = Bir rol seçin.
person-region-missing = Bir ana bölge seçin.
person-zone-invalid = Tarayıcının tanıdığı bir saat dilimi girin, ör. Europe/Dublin.
person-languages-invalid = Virgülle ayrılmış en, ar veya pt-BR gibi dil kodları kullanın.
person-date-invalid = Tarihi YYYY-AA-GG biçiminde girin.
person-mentor-self = Kimse kendi mentoru olamaz.
person-upcoming-shifts = Yaklaşan vardiyalar
shift-primary = Asıl
shift-backup = Yedek
workload-link = Açık vakalar: { $count }
workload-unassigned = Sorumlusu olmayan açık vakalar: { $count }
skills-title = Beceri matrisi
skill-cell = { $name } için { $skill } düzeyi
skill-add = Yeni beceri
skill-add-hint = ör. osint
skill-remove = Kaldır
coverage-row = { $region }: { $level }. düzey ve üstündeki kişiler
coverage-none = kimse yok
coverage-single = yalnızca bir kişi
goal-new = Yeni hedef
goal-kind = Tür
goal-kind-skill = Beceri
goal-kind-career = Kariyer
goal-kind-training = Eğitim
goal-kind-certification = Sertifika
goal-skill = Geliştirdiği beceri (isteğe bağlı)
goal-target-on = Hedef tarih
goal-target = hedef tarih { $date }
goal-progress = İlerleme (%)
goal-status = Durum
goal-status-active = Sürüyor
goal-status-done = Tamamlandı
goal-status-dropped = Bırakıldı
goal-not-added = Hedef eklenmedi.
goals-overdue-count = Süresi geçmiş hedefler: { $count }
goals-done-count = Bu çeyrekte tamamlanan hedefler ({ $since } tarihinden beri): { $count }
check-in-on = Tarih
check-in-wellbeing = İyi oluş (1 zorlanıyor – 5 çok iyi)
check-in-workload = İş yükü (1 hafif – 5 aşırı)
check-in-exposure = Bu hafta sarsıcı içerikle geçen dakikalar
check-in-notes = Özel notlar (yalnızca ekip liderleri)
check-in-log = Görüşmeyi kaydet
check-in-line = iyi oluş { $wellbeing }, iş yükü { $workload }, zor içerikle { $minutes } dk
check-in-not-added = Görüşme kaydedilmedi.
check-in-date-invalid = Görüşmenin tarihini girin.
check-in-exposure-invalid = Dakikaları tam sayı olarak girin.
trend-title = Son 12 hafta
trend-week-ending = Hafta sonu
show-as-table = Tablo olarak göster
attention-title = Desteğe ihtiyacı olabilecekler
attention-intro = Son görüşmeleri, bir sohbetin iyi gelebileceğini gösteren kişiler. Her satırda nedeni yazıyor; onlara nazikçe yaklaşın.
attention-limit = Dikkat edilecek zor içerik süresi (7 günde dakika)
attention-low-wellbeing = Son iki görüşmede zorlandığını söyledi (iyi oluş 5 üzerinden { $last } ve { $before }).
attention-high-exposure = Bu hafta çok fazla zor içerik gördü: { $minutes } dakika ({ $limit } üzerinde). Bir mola ya da kuyruk değişikliği iyi gelebilir.
attention-no-check-in = { $days } gündür birebir görüşme yapılmadı: hal hatır sormak için iyi bir an.
attention-never-checked-in = Henüz birebir görüşme yok: ilki için iyi bir an.

## ----

## Team: shifts, coverage and handover
shifts-title = Vardiyalar ve kapsama
shift-gap-count = { $count ->
    [one] Önümüzdeki 168 saatte asıl vardiyası olmayan { $count } saat
   *[other] Önümüzdeki 168 saatte asıl vardiyası olmayan { $count } saat
}
shift-zone = Saatleri göster
shift-zone-own = Kendi saat diliminiz
shift-zone-utc = UTC
shift-week-back = Önceki hafta
shift-week-next = Sonraki hafta
shift-week-caption = { $from } itibarıyla 168 saat boyunca saat saat kimin vardiyada olduğu
shift-time = Saat
shifts-in-week = Bu haftanın vardiyaları
shift-form-add = Vardiya ekle
shift-form-move = Vardiyayı taşı
shift-person = Kişi
shift-choose-person = Bir kişi seçin
shift-region = Kapsanan bölge
shift-kind = Tür
shift-kind-unknown = Tür bilinmiyor
shift-date = Tarih
shift-start = Başlangıç
shift-end = Bitiş (başlangıçtan önceyse ertesi gün)
shift-form-zone = Tarih ve saatler { $name } saat dilimindedir.
shift-add = Vardiyayı ekle
shift-save-move = Yeni saatleri kaydet
shift-cancel = İptal
shift-move = Taşı
shift-remove = Kaldır
shift-remove-confirm = Bu vardiya kaldırılsın mı?
shift-keep = Kalsın
shift-gap = Asıl vardiya yok
shift-backup-short = Yedek:
shift-day-length = { $count ->
    [one] { $count } saatlik bir gün
   *[other] { $count } saatlik bir gün
}
shift-not-added = Vardiya eklenmedi.
shift-error-unreadable = Bir tarih ile başlangıç ve bitiş saatlerini girin.
shift-error-start-skipped = Bu başlangıç saati o gün bu saat diliminde yok (saatler ileri alınıyor): başka bir saat seçin.
shift-error-end-skipped = Bu bitiş saati o gün bu saat diliminde yok (saatler ileri alınıyor): başka bir saat seçin.
shift-error-empty = Vardiya başladığı anda bitiyor: başka bir bitiş saati seçin.
shift-error-person = Vardiyada kimin olduğunu seçin.
shift-error-region = Kapsanan bölgeyi seçin.
handover-title = Devir
handover-intro = Her bölgenin vardiyasının sonunda: ne zaman bittiği, kimin devraldığı ve devrettiği açık P0 ve P1 vakaları ile açık olaylar.
handover-none = Bu bölge için planlanmış asıl vardiya yok.
handover-unknown-hub = Bilinmeyen bölge
handover-ends = { $name } vardiyası { $time } itibarıyla bitiyor.
handover-to = { $name } { $time } itibarıyla devralıyor.
handover-after-gap = { $name } ancak { $time } itibarıyla devralıyor: arada kimse vardiyada değil.
handover-nobody = Devralması planlanan kimse yok.
handover-your-time = Sizin saatiniz: { $time }
handover-cases = { $count ->
    [one] { $count } açık P0/P1 vakası
   *[other] { $count } açık P0/P1 vakası
}
handover-incidents = { $count ->
    [one] { $count } açık olay
   *[other] { $count } açık olay
}

## KPI dashboard (docs/kpis.md)
kpi-cases_created = Oluşturulan vakalar
kpi-cases_resolved = Çözülen vakalar
kpi-backlog = Şu an açık
kpi-backlog_age_p50 = Açık vakaların yaşı, medyan
kpi-first_response_p50 = İlk yanıt, medyan
kpi-first_response_p90 = İlk yanıt, 90. yüzdelik
kpi-resolution_p50 = Çözüm, medyan
kpi-resolution_p90 = Çözüm, 90. yüzdelik
kpi-sla_first_response = SLA içinde ilk yanıt
kpi-sla_resolution = SLA içinde çözülen
kpi-reopen_rate = Yeniden açılan
kpi-csat_avg = Memnuniyet (CSAT), ortalama
kpi-csat_satisfied = Memnun (CSAT 4 veya 5)
kpi-incidents = Olaylar
kpi-mttd = Ortalama fark etme süresi
kpi-mtta = Ortalama üstlenme süresi
kpi-mttm = Ortalama hafifletme süresi
kpi-mttr = Ortalama çözüm süresi
kpi-action_items_open = Açık aksiyonlar
kpi-action_items_overdue = Gecikmiş aksiyonlar
kpi-open_unassigned = Sorumlusu olmayan açık vakalar
kpi-goals_done = Tamamlanan hedefler
kpi-goals_overdue = Süresi geçmiş hedefler
kpi-wellbeing_avg = İyi oluş, ortalama
kpi-volume_by_region = Bölgeye göre oluşturulan vakalar
kpi-volume_by_category = Kategoriye göre oluşturulan vakalar
kpi-volume_by_priority = Önceliğe göre oluşturulan vakalar
kpi-daily_created = Oluşturulan
kpi-daily_resolved = Çözülen
kpi-daily_backlog = Gün sonunda açık
kpi-incidents_by_severity = Öneme göre olaylar
kpi-open_per_owner = Üstlendiği açık vakalar
kpi-exposure_week = Zor içerikle geçen süre, son 7 gün
kpi-coverage_gaps = Asıl vardiyası olmayan saatler, önümüzdeki 7 gün
kpi-no-data = Veri yok
kpi-change-none = Karşılaştırılacak veri yok
kpi-change-same = Önceki dönemle aynı
kpi-change-up = Önceki döneme göre { $amount } arttı
kpi-change-down = Önceki döneme göre { $amount } azaldı
kpi-points = { $value } puan
kpi-target = Hedef değer { $target }
kpi-on-target = Hedef değere ulaşıldı ({ $target })
kpi-off-target = Hedef değere ulaşılamadı ({ $target })
kpi-partial-mark = Kısmi: bazı veriler yüklenemedi
kpi-partial = Bazı veriler yüklenemedi. Kısmi olarak işaretlenen değerler yalnızca yüklenen verilere dayanıyor; Tekrar dene düğmesi kalan verileri yeniden ister.
kpi-damaged = { $count ->
    [one] Bir kayıt veri sözleşmesine uymuyor ve hiçbir göstergeye dahil edilmiyor.
   *[other] { $count } kayıt veri sözleşmesine uymuyor ve hiçbir göstergeye dahil edilmiyor.
}
kpi-loading = Kayıtlar yükleniyor: { $count } / { $total }
kpi-as-of = { $time } itibarıyla. Dönem: { $from } – { $to } (bitiş dahil değil).
kpi-refresh = Yenile
kpi-csv = CSV indir
kpi-print = Yazdır
kpi-controls = Dönem ve filtreler
kpi-window = Dönem
kpi-last-days = Son { $count } gün
kpi-dates = Tarih aralığı
kpi-from = Başlangıç (UTC tarihi)
kpi-to = Bitiş (UTC tarihi, dahil)
kpi-unknown = Bilinmiyor
kpi-chart-cases = Vakalar
kpi-chart-daily = Günlük oluşturulan ve çözülen vakalar (UTC)
kpi-chart-backlog = Her günün sonunda açık vakalar (UTC)
kpi-chart-first-response = İlk yanıt süresi
kpi-chart-resolution = Çözüm süresi
kpi-by-severity = Öneme göre ortalama süreler
kpi-section-cases = Vakalar
kpi-section-incidents = Olaylar
kpi-section-team = Ekip
kpi-people = Kişiler
kpi-person = Kişi
kpi-gap-hours = { $count ->
    [one] Bir saat
   *[other] { $count } saat
}
kpi-changed = Bazı kayıtlar bu andan sonra değişti: rakamlar iki ayrı anı karıştırıyor. En güncel hali için yenileyin.

## The now view
now-title = Şimdi
now-as = Siz
now-no-update = Son { $hours } saatte güncelleme yok.
now-incidents = { $count ->
    [one] { $count } açık olay
   *[other] { $count } açık olay
}
now-add-update = Güncelleme ekle
now-update-label = Güncelleme
now-post = Güncellemeyi gönder
now-cases = { $count ->
    [one] { $count } açık P0/P1 vaka
   *[other] { $count } açık P0/P1 vaka
}
now-say-who = Bir vakayı üstlenmek için yukarıda kim olduğunuzu seçin.
now-take = Üstlen
now-shifts = Şu an vardiyada
now-nobody = Vardiyada kimse yok
now-backup = Yedek:
header-menu = Menü
filters-toggle = Filtreler
filters-toggle-on = Filtreler ({ $count })

## The outbox (writes waiting for the backend)
error-queued = Henüz gönderilmedi: bu tarayıcının giden kutusunda tutuluyor, sunucu yanıt verdiğinde gönderilecek.
outbox-title = { $count ->
    [one] { $count } değişiklik gönderilmeyi bekliyor
   *[other] { $count } değişiklik gönderilmeyi bekliyor
}
outbox-send-now = Şimdi gönder
outbox-discard = Değişikliği at
outbox-discard-confirm = Kalıcı olarak at
outbox-again = Yeniden dene
outbox-open = Aç
outbox-update = { $id } değişikliği: { $fields }
outbox-create = Yeni kayıt { $id }
outbox-state-waiting = Sunucu bekleniyor.
outbox-state-failed = Sunucu reddetti: { $detail }
outbox-state-conflict = Bu arada başka biri değiştirdi: { $fields }. Karar vermek için açın ya da kendi değişikliğinizi atın.
outbox-show = Bekleyenleri göster

# Oturum açma (kendi oturum açma işlemi olan bir sunucu, portal dışında)
sign-in-title = Oturum aç
sign-in-note = Watchfloor hesabınızla oturum açın.
sign-in-expired = Oturumunuz sona erdi. Devam etmek için yeniden oturum açın.
sign-in-email = E-posta
sign-in-password = Parola
sign-in-submit = Oturum aç
sign-in-busy = Oturum açılıyor…
sign-in-email-missing = E-posta adresinizi girin.
sign-in-email-invalid = ad@example.com gibi eksiksiz bir e-posta adresi girin.
sign-in-password-missing = Parolanızı girin.
signed-in-as = Oturum açan: { $name }
sign-out = Oturumu kapat
error-bad-credentials = E-posta veya parola yanlış.
error-unauthorized-sign-in = Oturumunuz sona erdi: yeniden oturum açın.

# label-colon: { $label } and its colon
label-colon = { $label }:
