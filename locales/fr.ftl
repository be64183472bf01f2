# Les messages de carnet, en français. Chacun a son jumeau anglais dans
# en.ftl, avec les mêmes variables (un test le vérifie).

## Nombres
n-customers = { $count ->
    [one] { $count } client
   *[other] { $count } clients
}
n-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
n-purchases = { $count ->
    [one] { $count } achat
   *[other] { $count } achats
}

## Questions
prompt-yes-no = [o/N]
prompt-declined = rien n’a été fait

## Résumé RFM
rfm-title = RFM au { $date } : { $customers }, chiffre d’affaires { $revenue }
rfm-col-share = part
rfm-col-recency = récence
rfm-col-visits = visites
rfm-col-spend = dépense

rfm-days = { $days } j
rfm-bounds-recency = récence (jours)
rfm-bounds-spent = dépensé
rfm-bounds-title = Ce que couvre chaque note (clients entre parenthèses) :
rfm-what-to-do = Que faire :

## Conseils par segment RFM
advice-champions = remerciez-les ; demandez-leur un avis, une recommandation
advice-loyal-customers = avantages de fidélité, et les nouveautés en premier
advice-potential-loyalist = faites-les revenir : une carte de fidélité, un atelier
advice-new-customers = accueillez-les ; aidez-les à revenir une deuxième fois
advice-promising = faites connaissance : un mot personnel
advice-need-attention = une offre limitée dans le temps, selon leurs achats
advice-about-to-sleep = rappelez-leur ce qu’ils ont aimé, avant qu’ils ne s’éloignent
advice-at-risk = un message personnel : ils venaient souvent
advice-cant-lose-them = appelez-les : vos meilleurs clients se taisent
advice-hibernating = une relance peu coûteuse, puis laissez aller

## Rappels
remind-follow-ups = Relances
remind-late-deals = Affaires en retard sur leur conclusion
remind-soon-deals = Affaires à conclure bientôt
remind-cadence = Le moment de donner des nouvelles
remind-renewals = À renouveler
remind-birthdays = Anniversaires
remind-slipping = Clients qui s’éloignent
remind-overdue = { $days ->
    [one] en retard de { $days } jour
   *[other] en retard de { $days } jours
}
remind-today = aujourd’hui
remind-in = { $days ->
    [one] dans { $days } jour
   *[other] dans { $days } jours
}
remind-tomorrow = demain
remind-no-contact = ni téléphone ni e-mail

## Segments RFM (tableaux seulement : JSON et CSV gardent les noms anglais)
segment-champions = Champions
segment-loyal-customers = Clients fidèles
segment-potential-loyalist = Fidèles en devenir
segment-new-customers = Nouveaux clients
segment-promising = Prometteurs
segment-need-attention = À surveiller
segment-about-to-sleep = Bientôt endormis
segment-at-risk = À risque
segment-cant-lose-them = À ne pas perdre
segment-hibernating = En sommeil

## Cases de la matrice de valeur
cell-best = Meilleurs
cell-frequent = Fréquents
cell-spenders = Dépensiers
cell-uncertain = Incertains
cell-inactive = Inactifs

## En-têtes de tableau, par nom de champ JSON/CSV
col-action = action
col-address = adresse
col-advice = conseil
col-amount = montant
col-archived = archivé
col-archived-at = archivé le
col-at = le
col-average-purchase = achat moyen
col-avg-p-alive = P(actif) moyen
col-avg-repeat-spend = dépense moyenne (rachats)
col-batch-id = lot
col-birthday = anniversaire
col-buyers = acheteurs
col-bytes = octets
col-cadence-days = rythme (jours)
col-campaign = campagne
col-categories = catégories
col-category = catégorie
col-category-a = catégorie A
col-category-b = catégorie B
col-cell = case
col-cell-before = case avant
col-channel = canal
col-channels = canaux
col-city = ville
col-class = classe
col-closed-at = clos le
col-clv = valeur à vie
col-clv-rank = rang
col-company = société
col-consent-email = accord e-mail
col-consent-phone = accord téléphone
col-consent-post = accord courrier
col-consent-sms = accord SMS
col-contact-id = n° client
col-contact-name = client
col-contacts = contacts
col-contacts-created = contacts créés
col-content-hash = empreinte
col-control = témoin
col-control-buyers = acheteurs témoins
col-control-revenue = CA témoin
col-cost = coût
col-cost-per-contact = coût par contact
col-country = pays
col-created-at = créé le
col-criteria = critères
col-cumulative-share = part cumulée
col-current-value = valeur actuelle
col-customer-id = code client
col-customers = clients
col-customers-both = clients des deux
col-customers-f = clients (F)
col-customers-m = clients (M)
col-customers-r = clients (R)
col-cycle = cycle
col-cycle-gaps = écarts mesurés
col-date = date
col-deal-id = n° affaire
col-deals = affaires
col-decision = décision
col-description = description
col-dry-run = essai
col-due = échéance
col-email = e-mail
col-email-type = type e-mail
col-events = événements
col-expected-close = conclusion prévue
col-expected-spend-per-visit = dépense attendue par visite
col-expected-value = valeur attendue
col-expected-visits = visites attendues
col-f-score = F
col-fields = champs
col-file = fichier
col-first-event = premier événement
col-first-purchase = premier achat
col-fixed-cost = coût fixe
col-follow-up = relance
col-follow-up-status = état de la relance
col-frequency = fréquence
col-frequency-max = fréquence max
col-frequency-min = fréquence min
col-group = groupe
col-history = historique
col-holdout-pct = témoin (%)
col-id = n°
col-imported-at = importé le
col-incremental-buyers = acheteurs en plus
col-incremental-buyers-high = acheteurs en plus (haut)
col-incremental-buyers-low = acheteurs en plus (bas)
col-incremental-margin = marge en plus
col-incremental-margin-high = marge en plus (haut)
col-incremental-margin-low = marge en plus (bas)
col-incremental-revenue = CA en plus
col-incremental-revenue-high = CA en plus (haut)
col-incremental-revenue-low = CA en plus (bas)
col-keep-id = n° gardé
col-keep-name = gardé
col-kind = type
col-label = libellé
col-last-activity = dernière activité
col-last-interactions = derniers échanges
col-last-purchase = dernier achat
col-launched-on = lancée le
col-lift = effet
col-lift-high = effet (haut)
col-lift-low = effet (bas)
col-line = ligne
col-lost-reason = raison de la perte
col-m-score = M
col-main-category = catégorie principale
col-margin-rate = taux de marge
col-marketing-cost = coût marketing
col-matched-by = reconnu par
col-median-cycle-days = cycle médian (jours)
col-members = membres
col-message = message
col-method = méthode
col-monetary-avg = panier moyen
col-monetary-max = montant max
col-monetary-min = montant min
col-monetary-total = montant total
col-month = mois
col-movement = mouvement
col-name = nom
col-name-in-file = nom dans le fichier
col-net-value = valeur nette
col-note = note
col-notes = notes
col-occurred-on = le
col-ok = ok
col-open-follow-ups = relances ouvertes
col-opt-outs = désinscriptions
col-order-ref = n° ticket
col-other-emails = autres e-mails
col-other-id = n° autre
col-other-name = autre
col-other-phones = autres téléphones
col-p-alive = P(actif)
col-population-at = scores parmi les clients du
col-purchases-since-population = achats depuis
col-people = personnes
col-phone = téléphone
col-phone-type = type téléphone
col-postcode = code postal
col-potential-value = valeur potentielle
col-probability = probabilité
col-problem = problème
col-proof = preuve
col-purchase-id = n° achat
col-purchase-rate = taux d’achat
col-purchases = achats
col-purchases-added = achats ajoutés
col-r-score = R
col-reason = motif
col-recency-days = récence (jours)
col-recency-days-max = récence max
col-recency-days-min = récence min
col-recipients = destinataires
col-recipients-buyers = acheteurs destinataires
col-recipients-revenue = CA destinataires
col-recorded-at = enregistré le
col-ref = réf
col-repeat-rate = taux de rachat
col-repeat-visits = visites répétées
col-revenue = CA
col-revenue-last-12m = CA 12 derniers mois
col-revenue-per-head = CA par personne
col-revenue-previous-12m = CA 12 mois précédents
col-rfm-code = code RFM
col-roi = retour sur investissement
col-roi-basis = base du ROI
col-rows-read = lignes lues
col-same = en commun
col-score = note
col-seed = graine
col-segment = segment
col-segment-from = segment avant
col-segment-to = segment après
col-sha256 = sha256
col-share-revenue = part du CA
col-source-id = n° source
col-stage = étape
col-status = état
col-street = rue
col-summary = résumé
col-tags = étiquettes
col-text = texte
col-title = titre
col-top-pct = premiers (%)
col-total = total
col-total-spent = total dépensé
col-trend = tendance
col-undone-at = annulé le
col-updated-at = modifié le
col-value-cell = case de valeur
col-verdict = verdict
col-via = via
col-voids = annulations
col-weighted = pondéré
col-window-days = fenêtre (jours)
col-window-open = fenêtre ouverte
col-wording = texte
col-wording-id = n° texte
col-wording-sha256 = empreinte du texte

## Matrice de valeur
vm-title = Matrice de valeur client au { $date } : { $active }{ $rest }
vm-active = { $count ->
    [one] { $count } client actif
   *[other] { $count } clients actifs
}
vm-inactive = , { $count } inactifs (aucun achat depuis { $days } jours)
vm-inactive-included = { " " }(inactifs compris)
vm-revenue = CA { $revenue }
vm-avg-below = achat moyen < { $mean }
vm-avg-above = achat moyen ≥ { $mean }
vm-visits-above = visites ≥ { $mean }
vm-visits-below = visites < { $mean }
vm-means = Moyennes des clients actifs : { $visits } visites, achat moyen { $mean }.
vm-advice-best = gardez-les : de la reconnaissance, les nouveautés en avant-première, pas de remise
vm-advice-frequent = ils viennent souvent et dépensent peu : proposez plus grand, ou un lot
vm-advice-spenders = ils dépensent bien mais rarement : donnez-leur une raison de revenir plus tôt
vm-advice-uncertain = faibles sur les deux : des contacts peu coûteux, surveillez qui progresse
vm-advice-inactive = aucun achat dans la fenêtre : une campagne de relance, ou laissez aller

## Pareto
pareto-between = du { $from } au { $to }
pareto-up-to = jusqu’au { $to }
pareto-title = Concentration du chiffre d’affaires, { $period } : { $customers }, chiffre d’affaires { $revenue }
pareto-top-customers = meilleurs clients
pareto-top = premiers { $pct } %
pareto-share-of-revenue = part du CA
pareto-classes = Classes ABC (A : les premiers { $a } % du CA, B : jusqu’à { $b } %, C : le reste)

## Messages au comptoir
msg-contact-added = contact { $id } ajouté ({ $name })
msg-contact-updated = contact { $id } modifié ({ $name })
msg-no-contacts = aucun contact ne correspond
msg-purchase-recorded = achat { $id } enregistré : { $amount } le { $day } pour { $name }
msg-no-purchases = aucun achat ne correspond

## --help
help-about = Un fichier clients pour les petits commerces : contacts, achats et ce qu’ils racontent
help-cmd-contact = Tenez votre fichier clients : ajouter, retrouver, modifier, fusionner, importer et exporter des contacts
help-cmd-purchase = Enregistrer ce que les clients achètent, importer des ventes depuis un tableur
help-cmd-deal = Affaires : devis et commandes spéciales, d’étape en étape
help-cmd-interaction = Le journal des échanges : appels, visites, e-mails, et leurs relances
help-cmd-remind = Les rappels du jour : relances, rythmes, anniversaires, affaires en retard (pour cron)
help-cmd-report = Rapports : segments RFM, matrice de valeur, Pareto/ABC, migration des segments
help-cmd-segment = Segments enregistrés : des filtres nommés sur vos clients, toujours à jour
help-cmd-consent = Le consentement par canal, gardé comme un historique prouvable
help-cmd-privacy = Demandes RGPD : tout exporter sur une personne, l’effacer, revoir les vieux contacts
help-cmd-campaign = Campagnes vers un segment, dans le respect du consentement, avec un groupe témoin pour les mesurer
help-cmd-import = Voir les imports passés et en annuler un
help-cmd-backup = Copier toute la base dans un fichier, sans risque pendant l’usage (pour cron)
help-cmd-config = Montrer où est le fichier de configuration et ce qu’il dit
help-cmd-demo = Créer une boutique de démonstration, avec clients et achats réalistes, pour essayer carnet
help-cmd-completions = Écrire un script de complétion pour le shell
help-flag-db = Le fichier de la base (passe avant CARNET_DB et la configuration)
help-flag-format = Format de sortie : table pour les personnes, json ou csv pour les scripts, vcf, ics, ou xlsx (un classeur)
help-flag-quiet = N’écrire aucun message sur stderr
help-flag-lang = La langue des tableaux et des messages : en ou fr
help-flag-excel = CSV pour un tableur français : marque d’ordre des octets, ; entre les champs, virgule décimale
help-flag-no-pager = Ne jamais paginer les sorties longues
help-flag-color = Couleurs : auto (sur un terminal, sauf si NO_COLOR est défini), always ou never

pipeline-title = Affaires en cours au { $date }
pipeline-not-configured = { $stage } (étape non configurée)
pipeline-open = en cours
pipeline-forecast = Prévision par mois de conclusion prévue
pipeline-win-rate = , taux de réussite { $rate }
pipeline-days-to-win = , { $days } jours en moyenne de l’ouverture à la signature
pipeline-period = Du { $since } au { $until } : { $won } { $won ->
        [one] gagnée
       *[other] gagnées
    }, { $lost } { $lost ->
        [one] perdue
       *[other] perdues
    }{ $rate }{ $days }
pipeline-overdue = Date de conclusion dépassée :
pipeline-overdue-deal = { "  " }affaire { $id } { $title } ({ $name }, { $stage }), prévue le { $date }
col-chance = chance
col-weighted-forecast = prévision pondérée

frat-categories-title = Ce que les clients achètent, au { $date }
frat-channels-title = Où les clients achètent, au { $date }
frat-new = nouveau
frat-cycle = { $days } j ({ $gaps })
frat-categories-legend = part : du chiffre d’affaires des achats avec une catégorie ; fidélité : clients qui l’ont achetée deux jours ou plus ;
    tendance : les 12 derniers mois face aux 12 d’avant ; cycle : nombre médian de jours entre deux achats
    par un même client (nombre d’écarts mesurés)
frat-lift-legend = effet : combien un client de l’une achète l’autre plus souvent que le hasard (1 = le hasard) ;
    paires d’au moins { $customers } clients en commun ; toutes les paires avec `--cross`
frat-several-channels = { $count ->
        [one] { $count } client a acheté sur plusieurs canaux
       *[other] { $count } clients ont acheté sur plusieurs canaux
    }
col-share = part
col-avg = moyenne
col-repeat = fidélité
col-bought-together = achetées ensemble

clv-title = Valeur client au { $date }, sur les { $weeks } semaines à venir{ $discount }
clv-discounted = , actualisée à { $rate } % par an
clv-fit-bgnbd = Visites répétées (BG/NBD, temps en semaines), ajusté sur { $customers } clients :
    { "  " }r = { $r }, alpha = { $alpha }, a = { $a }, b = { $b } ; log-vraisemblance { $ll }
clv-fit-gamma-gamma = Dépense par visite (Gamma-Gamma), ajusté sur les { $customers } clients revenus :
    { "  " }p = { $p }, q = { $q }, gamma = { $gamma } ; log-vraisemblance { $ll }
clv-what-margin = marge attendue ({ $margin } des ventes)
clv-what-revenue = chiffre d’affaires attendu
clv-total = Total, { $what } : { $amount }
clv-by-segment = Par segment RFM
clv-verdict-close = assez proche pour s’en servir
clv-verdict-rough = utilisable comme ordre de grandeur, pas pour des plans précis
clv-verdict-off = trop loin pour s’y fier dans cette boutique
clv-over = au-dessus
clv-under = en dessous
clv-holdout-sentence = Prévu : { $predicted } visites répétées du { $from } au { $to }, réel : { $actual } ; { $direction } de { $pct } %, { $verdict }.
clv-holdout-title = Vérification : ajusté jusqu’au { $until }, comparé du { $until } au { $end }
clv-chart-caption = Visites répétées cumulées, semaine par semaine (p prévu, a réel, * les deux)
clv-week = semaine
col-repeat-visits-before = visites répétées avant
col-predicted-mean = prévu (moyenne)
col-actual-mean = réel (moyenne)

profit-title = Rentabilité au { $date } : { $what } actuel face à la valeur à venir, { $customers }
profit-what-margin = marge
profit-what-revenue = chiffre d’affaires
profit-current-high = actuel ≥ { $median }
profit-current-low = actuel < { $median }
profit-potential-high = potentiel ≥ { $median }
profit-potential-low = potentiel < { $median }
profit-now = aujourd’hui { $amount }
profit-to-come = à venir { $amount }
profit-desirable = Désirables
profit-underdeveloped = À développer
profit-mature = Matures
profit-undesirable = Indésirables
profit-reference = Références
profit-advice-desirable = à garder et faire grandir : votre meilleur temps leur revient
profit-advice-underdeveloped = à cultiver : ils pourraient valoir bien plus qu’aujourd’hui
profit-advice-mature = à entretenir à peu de frais : beaucoup aujourd’hui, moins à venir
profit-advice-undesirable = le moins de moyens possible : contacts peu coûteux seulement
profit-advice-reference = ils en amènent d’autres : soignez-les quoi qu’ils achètent
profit-new = nouveau
profit-moved = Changements de case ({ $count }) :
profit-nobody = personne
profit-more = … et { $count } de plus : `--customers --format csv` les liste tous

# --help of each subcommand (help-sub-COMMAND-SUBCOMMAND); English is the
# command tree's own text.
help-sub-contact-add = Ajouter un contact (demande les champs sur un terminal quand --name manque)
help-sub-contact-list = Lister les contacts, avec filtres et tri
help-sub-contact-show = La fiche complète d’un contact et le résumé de ses achats
help-sub-contact-edit = Modifier des champs d’un contact (une valeur vide efface le champ)
help-sub-contact-tag = Ajouter des étiquettes à un contact
help-sub-contact-untag = Retirer des étiquettes d’un contact
help-sub-contact-archive = Cacher un contact des listes sans rien supprimer (--undo le fait revenir)
help-sub-contact-rm = Supprimer un contact et tout ce qui s’y rattache
help-sub-contact-merge = Fusionner AUTRE dans GARDÉ : historiques déplacés, étiquettes réunies, champs vides remplis
help-sub-contact-duplicates = Les contacts qui sont sans doute une même personne (même e-mail, téléphone ou nom), à fusionner
help-sub-contact-import = Importer des contacts d’un fichier CSV ou vCard (.vcf), tout ou rien
help-sub-contact-export = Exporter les contacts en CSV, JSON ou vCard (--format csv|json|vcf)
help-sub-purchase-add = Enregistrer un achat (un montant négatif est un remboursement)
help-sub-purchase-list = Lister les achats, les plus récents d’abord
help-sub-purchase-rm = Supprimer un achat enregistré par erreur
help-sub-purchase-categories = Ce que les clients achètent : lister, renommer et fusionner les catégories
help-sub-purchase-import = Importer des achats d’un fichier CSV, tout ou rien
help-sub-purchase-export = Exporter les achats en CSV (les colonnes de l’import) ou JSON
help-sub-deal-add = Ouvrir une affaire pour un contact
help-sub-deal-list = Lister les affaires (celles en cours par défaut)
help-sub-deal-show = Une affaire et l’historique de ses étapes
help-sub-deal-edit = Modifier le titre, le montant, la conclusion prévue ou les notes d’une affaire
help-sub-deal-move = Passer une affaire en cours à une autre étape
help-sub-deal-won = Conclure une affaire gagnée (--record-purchase la compte comme un achat)
help-sub-deal-lost = Conclure une affaire perdue, en disant pourquoi
help-sub-deal-rm = Supprimer une affaire et son historique
help-sub-interaction-add = Noter un appel, un e-mail, une visite… avec une relance si besoin
help-sub-interaction-list = Lister les échanges, les plus récents d’abord
help-sub-interaction-show = Un échange
help-sub-interaction-edit = Modifier un échange (un --note ou --follow-up vide l’efface)
help-sub-interaction-rm = Supprimer un échange
help-sub-interaction-done = Clore une relance
help-sub-interaction-snooze = Repousser une relance à plus tard (compté depuis aujourd’hui)
help-sub-interaction-due = Les relances dues aujourd’hui ou avant (ou dans une période à venir)
help-sub-report-rfm = RFM : qui sont vos meilleurs clients, qui s’éloigne
help-sub-report-value-matrix = La matrice de valeur client : visites face au panier moyen
help-sub-report-pareto = La concentration du chiffre d’affaires : part des meilleurs clients et classes ABC
help-sub-report-pipeline = Les affaires en cours par étape, la prévision pondérée par mois, le taux de réussite, les retards
help-sub-report-consent = Consentements : contacts par canal et statut, accords et retraits par mois
help-sub-report-clv = Valeur client : qui va revenir, à quelle fréquence, pour combien
help-sub-report-profitability = Valeur actuelle face à la valeur à venir : qui garder, développer, entretenir ou laisser
help-sub-report-categories = Ce que les clients achètent : par catégorie, chiffre d’affaires, fidélité, tendance, cycle ; ce qui s’achète ensemble
help-sub-report-channels = Où les clients achètent : par canal de vente, et qui en utilise plusieurs
help-sub-report-migration = Comment les clients ont changé de segment RFM d’une date à une autre
help-sub-segment-add = Enregistrer un segment : un nom et des critères (ET entre critères, OU dans un critère)
help-sub-segment-list = Les segments enregistrés et prédéfinis, avec leur nombre de membres à jour
help-sub-segment-show = Les membres d’un segment
help-sub-segment-edit = Modifier un segment enregistré : chaque critère donné remplace celui-ci
help-sub-segment-rm = Supprimer un segment enregistré (les contacts restent)
help-sub-segment-export = Exporter les membres d’un segment en CSV, JSON ou vCard (--format csv|json|vcf)
help-sub-consent-grant = Enregistrer un accord, avec sa forme et le texte accepté
help-sub-consent-withdraw = Enregistrer un retrait (sans raison à donner ; il l’emporte toujours). Marche aussi sur une adresse seule
help-sub-consent-soft-opt-in = Enregistrer qu’un client existant a été informé qu’il pouvait refuser des offres semblables (soft opt-in)
help-sub-consent-bounce = Enregistrer un retour en erreur (l’adresse ne marche pas)
help-sub-consent-void = Annuler un événement saisi par erreur en enregistrant une annulation (l’historique n’est jamais modifié)
help-sub-consent-show = Le statut actuel par canal
help-sub-consent-history = Tous les événements de consentement d’un contact, avec preuves et textes
help-sub-consent-import = Importer des consentements d’un CSV : chaque ligne a sa date, sa forme et son texte
help-sub-consent-text = Les textes que l’on accepte, gardés une fois par leur empreinte
help-sub-consent-verify = Vérifier que l’historique des consentements n’a pas été modifié en dehors de carnet
help-sub-privacy-export = Tout ce que carnet garde sur une personne, en un document JSON (accès, portabilité)
help-sub-privacy-forget = Effacer les données personnelles d’une personne ; les achats restent, anonymes, pour des totaux justes
help-sub-privacy-review = Les contacts sans achat, échange ni consentement depuis longtemps
help-sub-campaign-create = Préparer une campagne : un segment, un canal, un groupe témoin si besoin
help-sub-campaign-list = Lister les campagnes
help-sub-campaign-show = Une campagne : ses réglages, son message et qui elle a touché
help-sub-campaign-preview = Le public, et chaque personne écartée avec la raison
help-sub-campaign-launch = Figer le public, enregistrer les envois, écrire le fichier pour votre outil d’e-mail ou de SMS
help-sub-campaign-report = Les destinataires face au groupe témoin : qui a acheté, chiffre d’affaires par personne, effet
help-sub-campaign-edit = Dire ce que coûte une campagne, avant ou après son lancement
help-sub-campaign-rm = Supprimer une campagne (et, si elle est lancée, la trace de ses envois)
help-sub-import-list = Les imports passés
help-sub-import-undo = Retirer exactement ce qu’un import a ajouté (et les contacts qu’il a créés, sauf si autre chose s’y rattache)
help-sub-config-path = Le chemin du fichier de configuration (il peut ne pas exister)
help-sub-config-show = La configuration en vigueur, valeurs par défaut comprises, en TOML
help-sub-categories-list = Chaque catégorie, avec ses achats et ses clients, les plus achetées d’abord
help-sub-categories-rename = Écrire une catégorie autrement (ses achats suivent)
help-sub-categories-merge = Verser les achats d’une catégorie dans une autre, et supprimer la première
help-sub-categories-cycle = Dire à quel rythme une catégorie se rachète, pour que `carnet remind` liste les clients à relancer
help-usage = Utilisation :
help-commands = Commandes
help-sub-text-add = Garder un texte depuis un fichier (le même texte deux fois n’est gardé qu’une fois)
help-sub-text-list = Les textes gardés
msg-purchase-delete = Supprimer l’achat { $id } ({ $amount } le { $day }, { $name }) ?
msg-purchase-deleted = achat { $id } supprimé ({ $amount } le { $day }, { $name })
msg-nothing-deleted = rien n’a été supprimé
msg-deal-opened = affaire { $id } ouverte : { $title } pour { $name } ({ $stage }, { $amount })
msg-no-deals = aucune affaire ne correspond
msg-deal-updated = affaire { $id } modifiée
msg-deal-already-in = l’affaire { $id } est déjà à l’étape { $stage }
msg-deal-moved = affaire { $id } : { $from } → { $to }
msg-deal-won = affaire { $id } gagnée : { $title } pour { $amount }
msg-deal-won-purchase = ; enregistrée comme achat { $purchase } le { $day }
msg-deal-lost = affaire { $id } perdue : { $title }
msg-deal-delete = Supprimer l’affaire { $id } ({ $title }, { $name }) et son historique ?
msg-deal-deleted = affaire { $id } supprimée ({ $title }, { $name })
msg-no-interactions = aucun échange ne correspond
msg-interaction-updated = échange { $id } modifié
msg-interaction-delete = Supprimer l’échange { $id } ({ $kind } avec { $name } le { $day }) ?
msg-interaction-deleted = échange { $id } supprimé ({ $kind } avec { $name } le { $day })
msg-follow-up-done = relance de { $name } faite
msg-follow-up-moved = relance de { $name } repoussée au { $day }
msg-no-follow-ups = aucune relance due
msg-import-encoding = { $file } a été lu comme du texte { $encoding }
msg-import-unused = colonnes non utilisées (ignorées) : { $columns } ; --strict les refuse, --map les attribue
msg-import-dry-run = essai : { $rows ->
        [one] { $rows } ligne lue dans { $file } est valide ; ajouterait { $rows } achat
       *[other] { $rows } lignes lues dans { $file } sont valides ; ajouterait { $rows } achats
    } et créerait { $created ->
        [one] { $created } contact
       *[other] { $created } contacts
    } ; rien n’a été écrit
msg-import-done = { $file } importé (lot { $batch }) : { $rows ->
        [one] { $rows } ligne lue, { $rows } achat ajouté
       *[other] { $rows } lignes lues, { $rows } achats ajoutés
    }, { $created ->
        [one] { $created } contact créé
       *[other] { $created } contacts créés
    }
msg-no-imports = aucun import pour l’instant
msg-undo-ask = Retirer le lot { $id } ({ $file }) : { $purchases ->
        [one] { $purchases } achat
       *[other] { $purchases } achats
    } et { $contacts ->
        [one] { $contacts } contact créé
       *[other] { $contacts } contacts créés
    } ?
msg-nothing-removed = rien n’a été retiré
msg-undo-done = lot { $id } annulé : { $purchases ->
        [one] { $purchases } achat retiré
       *[other] { $purchases } achats retirés
    } et { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }{ $kept ->
        [0] {""}
        [one] ; { $kept } contact gardé, d’autres données s’y rattachent
       *[other] ; { $kept } contacts gardés, d’autres données s’y rattachent
    }
msg-tags-added = { $count ->
        [one] { $count } étiquette ajoutée au contact { $id }
       *[other] { $count } étiquettes ajoutées au contact { $id }
    }
msg-tags-removed = { $count ->
        [one] { $count } étiquette retirée du contact { $id }
       *[other] { $count } étiquettes retirées du contact { $id }
    }
msg-contact-unarchived = le contact { $id } est de nouveau actif
msg-contact-archived = contact { $id } archivé
msg-merged = contact { $other } fusionné dans { $keep }
msg-dry-run-nothing-changed = essai : rien n’a changé
msg-nothing-merged = rien n’a été fusionné
help-flag-help = Afficher l’aide
msg-consent-granted = accord du contact { $id } enregistré pour { $channels } le { $day }
msg-consent-withdrawn = retrait du contact { $id } enregistré pour { $channels }
msg-consent-suppressed = `{ $address }` n’est pas un contact : l’adresse est sur la liste d’exclusion pour { $channels }
msg-consent-intact = l’historique des consentements est intact : { $count ->
        [one] { $count } événement vérifié
       *[other] { $count } événements vérifiés
    }
msg-consent-voided = événement { $id } enregistré, il annule l’événement { $event }
msg-no-consent-events = aucun événement de consentement pour ce contact
msg-consent-import-dry-run = essai : { $count ->
        [one] { $count } événement de consentement valide
       *[other] { $count } événements de consentement valides
    } dans { $file } ; rien n’a été écrit
msg-consent-imported = { $count ->
        [one] { $count } événement de consentement enregistré
       *[other] { $count } événements de consentement enregistrés
    } depuis { $file }
msg-wording-stored = texte { $id } gardé ({ $label })
msg-wording-known = ce texte est déjà gardé sous le numéro { $id }
msg-consent-notice = { $action ->
        [soft_opt_in] soft opt-in enregistré
        [bounce] retour en erreur enregistré
       *[other] { $action } enregistré
    } pour le contact { $id } sur { $channels }
msg-nothing-erased = rien n’a été effacé
msg-erased = contact { $id } effacé : champs personnels, { $interactions ->
        [one] { $interactions } texte d’échange
       *[other] { $interactions } textes d’échanges
    }, { $proofs ->
        [one] { $proofs } preuve de consentement
       *[other] { $proofs } preuves de consentement
    } ; { $suppressed ->
        [one] { $suppressed } adresse exclue
       *[other] { $suppressed } adresses exclues
    } ; les achats restent, anonymes
msg-none-inactive = aucun contact n’est inactif depuis avant le { $day }
msg-none-inactive-to-erase = aucun contact n’est inactif depuis avant le { $day } : rien à effacer
msg-erase-inactive-ask = Effacer les données personnelles { $count ->
        [one] d’{ $count } contact inactif
       *[other] de { $count } contacts inactifs
    } depuis avant le { $day } ?
msg-erased-inactive = { $count ->
        [one] { $count } contact inactif effacé
       *[other] { $count } contacts inactifs effacés
    } (inactifs depuis avant le { $day })
msg-campaign-created = campagne `{ $name }` créée : { $channel } vers le segment `{ $segment }`, { $holdout } % en groupe témoin ; voyez qui elle touche avec `carnet campaign preview { $name }`
msg-campaign-costs = la campagne `{ $name }` coûte { $per_contact } par contact plus { $fixed } de frais fixes
msg-campaign-launched = `{ $name }` lancée : { $sent ->
        [one] { $sent } destinataire écrit
       *[other] { $sent } destinataires écrits
    } dans { $file }, { $control } gardés en groupe témoin
msg-campaign-deleted = campagne `{ $name }` supprimée
msg-segment-saved = segment `{ $name }` enregistré : { $criteria }
msg-segment-empty = le segment `{ $name }` n’a aucun membre
msg-segment-exported = { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    } de `{ $name }` exportés vers { $file }
msg-segment-edited = segment `{ $name }` : { $criteria }
msg-segment-deleted = segment `{ $name }` supprimé (ses contacts restent)
help-examples = Exemples :

## Erreurs et astuces
label-error = erreur :{" "}
label-hint = astuce :{" "}
hint-bug = c'est un bogue de carnet ; merci de le signaler avec la commande lancée
err-flag = { $flag } : { $what }
err-no-database = aucune base de données à { $path }
err-in-config = dans la configuration { $path } : { $what }
err-io = impossible de { $what } { $path } : { $why }
io-read = lire
io-write = écrire
io-create = créer
io-open = ouvrir
io-replace = remplacer
io-read-config = lire la configuration
io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
io-already-exists = il existe déjà
io-is-a-folder = c'est un dossier, pas un fichier
io-not-a-folder = une partie du chemin est un fichier, pas un dossier
io-disk-full = le disque est plein
io-read-only = le système de fichiers est en lecture seule
io-not-text = ce n'est pas du texte
err-busy = la base est occupée : un autre carnet y écrit
hint-try-again = réessayez dans un instant
err-damaged = le fichier de base de données est endommagé ou n'est pas une base carnet
hint-restore-backup = restaurez-le depuis une copie faite avec `carnet backup` ; vérifiez --db / CARNET_DB
err-cannot-write-db = impossible d'écrire dans le fichier de base de données
hint-permissions-disk = vérifiez les droits du fichier et l'espace disque libre
err-output = impossible d'écrire la sortie : { $why }
err-no-category = aucune catégorie nommée { $key }
err-no-purchase = aucun achat numéro { $id }
err-no-campaign = aucune campagne nommée { $key }
err-no-deal = aucune affaire numéro { $id }
err-no-consent-event = aucun événement de consentement numéro { $id }
err-no-segment = aucun segment nommé { $key }
err-no-saved-segment = aucun segment enregistré nommé { $key }
err-no-contact = aucun contact ne correspond à { $key }
err-no-interaction = aucune interaction numéro { $id }
err-no-import = aucun lot d'import numéro { $id }
hint-see-purchase-ids = voyez les numéros avec `carnet purchase list`
hint-see-campaigns = voyez-les avec `carnet campaign list`
hint-see-deal-ids = voyez les numéros avec `carnet deal list --all`
hint-see-consent-ids = voyez les numéros avec `carnet consent history CONTACT`
hint-segments-are = les segments sont : { $names }
hint-see-segments = voyez-les avec `carnet segment list`
hint-see-interaction-ids = voyez les numéros avec `carnet interaction list`
hint-see-imports = voyez les lots avec `carnet import list`

## Dates, durées, montants
date-not-back = `{ $s }` n'est pas une date (écrivez -3j pour il y a trois jours)
date-too-far-back = `{ $s }` est trop loin dans le passé
date-not-a-date-day-first = `{ $s }` n'est pas une date (écrivez { $spelling }, AAAA-MM-JJ, aujourd'hui, hier ou -3j)
date-four-digit-year = `{ $s }` : écrivez l'année sur quatre chiffres ({ $spelling })
date-ambiguous = `{ $s }` peut se lire { $a } ou { $b } : écrivez-la AAAA-MM-JJ, ou mettez date_format = "DD/MM/YYYY" (ou "MM/DD/YYYY") dans la configuration
date-not-a-day-in = `{ $s }` n'est pas un jour du calendrier ({ $spelling })
date-not-a-day = `{ $s }` n'est pas un jour du calendrier
date-not-a-date-iso = `{ $s }` n'est pas une date (écrivez AAAA-MM-JJ, aujourd'hui, hier ou -3j)
date-bad-format = `{ $spec }` n'est pas un format de date (écrivez DD/MM/YYYY, MM/DD/YYYY ou YYYY-MM-DD)
date-not-a-date = `{ $s }` n'est pas une date
date-empty = la date est vide
date-not-in-format = pas une date au format { $spelling }
date-two-digit-year = `{ $s }` a une année sur deux chiffres : écrivez-la en entier (20{ $yy }), ou importez avec --date-format DD/MM/YY
date-not-a-delay = `{ $s }` n'est pas un délai (écrivez +3j, +2sem ou +1mois ; +3d, +2w, +1m)
date-not-a-when = `{ $s }` n'est pas une date (écrivez +3j, +2sem, +1mois, demain, un jour de la semaine comme jeudi, { $spelling } ou AAAA-MM-JJ)
date-outside-calendar = `{ $s }` tombe hors du calendrier
days-not-a-length = `{ $s }` n'est pas une durée (écrivez 60d, 8w, 2m ou 1y : jours, semaines, mois, années)
days-too-long = `{ $s }` est trop long : 100 ans au plus ({ $max }d)
weeks-not-a-length = `{ $s }` n'est pas une durée (écrivez 52w, 26w, 12m ou 365d : semaines, mois, jours)
weeks-too-long = `{ $s }` est trop long : 100 ans au plus
date-before-1900 = { $d } est avant 1900 : vérifiez le format des dates
date-year-ahead = { $d } est plus d'un an dans le futur : vérifiez le format des dates
date-not-birthday = `{ $s }` n'est pas un anniversaire (écrivez JJ/MM, MM-DD ou AAAA-MM-JJ)
amount-empty = le montant est vide
amount-decimals = un montant a au plus deux décimales
amount-not-a-number = pas un montant (écrivez-le comme 45,50, 45.50 ou 1 234,50)
amount-too-large = le montant est trop grand (999 999 999,99 au plus)
cycle-not = `{ $s }` n'est pas un cycle (écrivez 12m, 1y, 6w, 45d ou measured)
import-empty-customer = le numéro de client est vide
err-file-cell = { $label } ligne { $line }, colonne { $col } ({ $name }) : `{ $value }` : { $why }
hint-fix-that-row = rien n'a été importé ; corrigez cette ligne et relancez l'import
import-bad-cell = ligne { $line }, colonne { $col } ({ $name }) : `{ $value }` : { $why }
import-bad-lines = { $label } : { $count } lignes incorrectes
import-and-more = … et { $count } de plus
import-and-then = puis : { $what }
hint-fix-those-rows = rien n'a été importé ; corrigez ces lignes et relancez l'import
hint-no-database = indiquez votre fichier avec --db ou CARNET_DB ; ajouter un contact (`carnet contact add --name NOM`) ou importer (`carnet purchase import FICHIER`) en crée un nouveau à cet endroit
err-forget-readers = une autre commande carnet a la base ouverte : les données effacées pourraient rester lisibles
hint-forget-readers = rien n'a été effacé ; relancez la commande quand l'autre sera terminée
err-not-carnet = { $path } est endommagé ou n'est pas une base carnet
hint-not-carnet = restaurez-le depuis une copie faite avec `carnet backup`, ou indiquez votre fichier carnet avec --db / CARNET_DB
err-flag-value = { $flag } `{ $value }` : { $why }
cost-negative = un coût ne peut pas être négatif
hint-find-contact = cherchez-le avec `carnet contact list --search TEXTE` ; désignez un contact par son numéro, sa ref, son e-mail ou son nom
err-contact-ambiguous = `{ $word }` correspond à { $count } contacts : { $list }
hint-name-one = désignez-en un avec id:N, ref:R ou email:E
hint-check-path = vérifiez le chemin ; un fichier du dossier courant n'a pas besoin du préfixe ./
err-needs-confirmation = { $what } demande une confirmation, et il n'y a pas de terminal pour la demander
hint-add-yes = ajoutez --yes pour confirmer
err-out-is-db = { $path } est la base de données elle-même (ou l'un de ses fichiers)
hint-out-is-db = écrivez l'export dans un autre fichier ; la base n'a pas été touchée
err-out-is-folder = { $path } est un dossier
hint-out-is-folder = nommez un fichier à écrire, par exemple --out contacts.csv
err-out-exists = { $path } existe déjà
hint-out-exists = ajoutez --force pour le remplacer, ou choisissez un autre nom
hint-out-folder = vérifiez que son dossier existe et qu'on peut y écrire
err-out-appeared = { $path } est apparu pendant que carnet l'écrivait
hint-out-appeared = rien n'a été remplacé ; ajoutez --force pour le remplacer
err-carnet-now = CARNET_NOW=`{ $value }` n'est pas une date
hint-carnet-now = écrivez CARNET_NOW=AAAA-MM-JJ, ou retirez-la pour utiliser la date du jour
err-language = `{ $value }` n'est pas une langue que carnet parle
hint-language = écrivez en ou fr
csv-unknown-column = { $label } ligne 1, colonne { $col } : colonne inconnue `{ $name }`
hint-columns-are = les colonnes sont : { $names }
csv-column-twice = { $label } ligne 1, colonne { $col } : la colonne `{ $name }` apparaît deux fois
csv-no-column = { $label } ligne 1 : l'en-tête n'a pas de colonne `{ $name }`
hint-header-needs = la première ligne doit nommer les colonnes, au moins : { $names }
csv-not-utf8 = { $label } ligne { $line }, colonne { $col } : le texte n'est pas en UTF-8
hint-save-utf8 = enregistrez le fichier en UTF-8 (dans un tableur : « CSV UTF-8 ») et importez-le à nouveau
csv-unequal = { $label } ligne { $line } : { $len } colonnes alors que l'en-tête en a { $expected }
hint-quote-delimiter = une valeur contenant le séparateur doit être entre guillemets doubles ; rien n'a été importé
csv-map-not-column = --map : `{ $value }` n'est pas une colonne d'achats
hint-map-one-of = associez un en-tête à l'une de : { $names }
csv-both-columns = { $label } ligne 1 : les colonnes { $a } et { $b } sont toutes deux `{ $name }`
hint-keep-one = gardez-en une, ou associez l'une à une autre colonne avec --map "EN-TÊTE=COLONNE"
hint-columns-strict = les colonnes sont : { $names } ; sans --strict les autres colonnes sont ignorées
csv-missing-columns = { $label } ligne 1 : aucune colonne pour { $missing } (l'en-tête a : { $seen })
hint-map-which = nommez les colonnes, ou dites laquelle est laquelle : --map "{ $header }={ $column }"
csv-map-not-pair = --map : `{ $value }` n'est pas EN-TÊTE=COLONNE
hint-map-example = par exemple --map "Code client=customer_id,Montant TTC=amount"
contact-removal = le contact { $id } ({ $name }), { $purchases ->
        [0] aucun achat
        [one] 1 achat
       *[other] { $purchases } achats
    } pour { $total }{ $deals ->
        [0] {""}
        [one] , 1 affaire
       *[other] , { $deals } affaires
    }{ $interactions ->
        [0] {""}
        [one] , 1 échange
       *[other] , { $interactions } échanges
    }{ $sends ->
        [0] {""}
        [one] , 1 envoi de campagne
       *[other] , { $sends } envois de campagne
    } et { $tags ->
        [0] aucune étiquette
        [one] 1 étiquette
       *[other] { $tags } étiquettes
    }
msg-contact-delete = Supprimer { contact-removal } ?
msg-contact-deleted = supprimé : { contact-removal }
hint-config-folder = faites pointer CARNET_CONFIG vers un fichier config.toml (il peut ne pas exister)
hint-config-show = voyez `carnet config show` pour chaque clé et sa valeur par défaut
config-out-of-range = { $key } = { $value } est hors limites : de { $lo } à { $hi }
hint-slipping-factor = 2 veut dire deux fois l'écart habituel du client entre deux visites
config-country = country = { $value } n'est pas un code pays comme FR
config-margin = value.margin = { $value } n'est pas un pourcentage de 1% à 100%
config-delimiter = csv_delimiter = { $value } n'est pas l'un de , ; | ou une tabulation
config-currency = currency = { $value } n'est pas un code à trois lettres comme EUR
config-pareto = pareto.a = { $a } et pareto.b = { $b } doivent vérifier 0 < a < b <= 100
config-retention = privacy.retention = { $value } n'est pas une durée comme 3y
config-key-why = { $key } : { $why }
config-date-format = date_format = { $value } n'est pas l'un de "DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD"
config-language = language = { $value } n'est pas une langue que carnet parle (écrivez "en" ou "fr")
config-kinds = interaction_kinds demande des noms non vides
err-contacts-unknown-column = { $label } ligne 1 : colonne inconnue `{ $name }`
hint-contacts-columns = les colonnes sont les champs de carnet (voyez `carnet contact import --help`) ; sans --strict les autres sont ignorées
err-no-contacts-in = { $label } ne contient aucun contact
hint-nothing-imported = rien n'a été importé
err-file-line = { $label } ligne { $line } : { $what }
err-ref-twice = { $label } ligne { $line } : la ref `{ $ref }` apparaît deux fois dans le fichier
hint-ref-names-one = rien n'a été importé ; une ref désigne un seul contact
hint-import-update = pour plutôt mettre ce contact à jour depuis le fichier : --update
hint-import-duplicate = rien n'a été importé ; ajoutez --update pour compléter ce contact depuis le fichier, ou --allow-duplicate pour ajouter ces lignes quand même
err-rows-ambiguous = { $label } : { $count ->
        [one] 1 ligne correspond
       *[other] { $count } lignes correspondent
    } à plus d'un contact ; rien n'a été importé
    { $lines }
hint-rows-ambiguous = donnez à ces lignes une colonne ref qui désigne le contact, ou fusionnez d'abord les doublons (`carnet contact duplicates`)
err-file-empty = { $label } est vide
hint-contacts-header = un CSV de contacts commence par une ligne d'en-tête : name,email,phone,...
hint-contacts-name-column = la première ligne doit nommer les colonnes, au moins : name (ou First Name et Last Name)
err-row-no-name = { $label } ligne { $line } : ce contact n'a pas de nom
hint-row-no-name = rien n'a été importé ; donnez un nom à chaque ligne
hint-fix-that-card = rien n'a été importé ; corrigez cette fiche et relancez l'import
err-already-has = le contact { $id } ({ $name }) a déjà { $what }
what-this-email = cet e-mail
what-this-phone = ce téléphone
what-this-ref = cette ref
what-this-name = ce nom
hint-already-has = utilisez ce contact (`carnet contact show id:{ $id }`), ou ajoutez --allow-duplicate pour en créer un autre
err-ref-taken = la ref `{ $ref }` appartient déjà au contact { $owner }
hint-ref-taken = une ref désigne un seul contact ; choisissez-en une autre ou modifiez ce contact
err-nothing-to-change = rien à changer
hint-contact-edit = donnez les champs à changer, par exemple --email nouveau@example.fr ou --every 60d (une valeur vide efface un champ)
err-consent-kept = le contact { $id } a un historique de consentement, gardé comme preuve : il ne peut pas être supprimé
hint-consent-kept = pour effacer la personne : `carnet privacy forget id:{ $id }` ; pour la masquer : `carnet contact archive id:{ $id }`
err-same-contact = `{ $a }` et `{ $b }` sont le même contact ({ $id })
err-segment-name = un segment a besoin d'un nom
err-segment-builtin-name = `{ $name }` est le nom d'un segment prédéfini
hint-segment-builtin-name = choisissez un autre nom ; les segments prédéfinis sont toujours là
err-segment-exists = un segment nommé `{ $name }` existe déjà
hint-segment-exists = modifiez-le avec `carnet segment edit { $name }`
err-segment-builtin = `{ $name }` est un segment prédéfini et ne peut pas être modifié
hint-segment-builtin = enregistrez le vôtre avec `carnet segment add`
err-segment-criteria = un segment a besoin d'au moins un critère
hint-segment-criteria = par exemple --tag vip, --rfm champions, --last-purchase-before 90d (voyez --help)
hint-segment-edit = donnez les critères à remplacer, --drop CRITÈRE, --rename ou --description
err-segment-empty = le segment resterait sans critère
hint-segment-rm = supprimez-le avec `carnet segment rm`
err-wording = --wording `{ $value }` n'est ni un texte enregistré ni un fichier
hint-wording = enregistrez-le avec `carnet consent text add FICHIER`, puis donnez son numéro ; `carnet consent text list` les montre
err-wording-not-utf8 = { $path } : le texte n'est pas en UTF-8
err-grant-proof = un consentement a besoin de la façon dont il a été donné (--method) et de ce que la personne a accepté (--wording)
hint-grant-proof = par exemple --method paper-form --wording 1 ; sans eux le consentement ne peut pas être prouvé
err-not-utf8 = { $label } : le texte n'est pas en UTF-8
err-no-rows = { $label } a un en-tête mais aucune ligne
err-interaction-kind = `{ $value }` n'est pas un type d'échange
hint-interaction-kinds = les types sont : { $kinds } (configuration : interaction_kinds)
err-deal-not-theirs = l'affaire { $id } appartient à { $name }, pas à ce contact
hint-interaction-edit = donnez --kind, --note, --at, --deal ou --follow-up
err-no-follow-up = l'échange { $id } n'a pas de relance
hint-no-follow-up = ajoutez-en une avec `carnet interaction edit { $id } --follow-up +3j`
err-follow-up-done = la relance de l'échange { $id } a été faite le { $day }
err-in-the-past = { $day } est dans le passé
hint-snooze = repoussez à un jour plus tard : +2j, lundi, une date
err-campaign-name = une campagne a besoin d'un nom
err-campaign-exists = une campagne nommée `{ $name }` existe déjà
err-campaign-launched = la campagne `{ $name }` a été lancée le { $day }
hint-campaign-once = une campagne n'est envoyée qu'une fois ; créez-en une nouvelle pour envoyer à nouveau
err-campaign-nobody = la campagne `{ $name }` n'atteint personne
hint-campaign-preview = voyez pourquoi avec `carnet campaign preview { $name }`
err-campaign-not-launched = la campagne `{ $name }` n'a pas été lancée
hint-campaign-launch = lancez-la avec `carnet campaign launch { $name } --out FICHIER`
hint-sales-channels = ajoutez-le à `sales_channels` dans la configuration pour l'utiliser
hint-no-categories = aucun achat n'a encore de catégorie : donnez-en une avec `purchase add --category` ou la colonne category d'un import
hint-did-you-mean-category = vouliez-vous dire `{ $name }` ? les catégories sont : { $names }
hint-categories-are = les catégories sont : { $names }
err-category-name = une catégorie a besoin d'un nom
err-category-exists = `{ $name }` est déjà une catégorie
hint-category-merge = pour réunir les deux : carnet purchase categories merge "{ $old }" "{ $name }"
err-same-category = `{ $a }` et `{ $b }` sont la même catégorie
hint-stages-are = les étapes sont : { $names } (clôturez une affaire avec `carnet deal won` ou `carnet deal lost`)
hint-deal-closed = une affaire close le reste ; ouvrez-en une nouvelle pour un nouveau travail
err-deal-title = une affaire a besoin d'un titre
hint-deal-title = --title "Table en chêne"
hint-deal-edit = donnez --title, --amount, --close ou --notes
hint-clv-refused = la valeur à vie a besoin de clients revenus ; essayez un --as-of plus tardif, ou ajoutez des achats
err-holdout-order = --holdout-until { $until } n'est pas après --as-of { $as_of }
hint-holdout-order = le modèle est ajusté jusqu'à --as-of et vérifié sur les jours suivants, jusqu'à --holdout-until
err-already-imported = { $label } a déjà été importé (lot { $id }, { $file } le { $at })
hint-already-imported = ajoutez --allow-reimport pour l'importer à nouveau, ou annulez le premier avec `carnet import undo`
err-already-undone = le lot d'import { $id } ({ $file }) a déjà été annulé le { $at }
err-since-after-until = --since est après --until
hint-since-until = donnez le premier jour de la période, puis le dernier
err-from-to = --from { $from } n'est pas avant --to { $to }
hint-from-to = donnez le jour le plus ancien avec --from
hint-purchases-header = un CSV d'achats commence par l'en-tête customer_id,date,amount
err-not-a-point-type = `{ $value }` n'est pas un type (écrivez un mot, comme home, work ou cell)
err-not-a-phone = `{ $value }` n'est pas un numéro de téléphone
err-deal-already = l'affaire { $id } ({ $title }) est déjà { $stage }
err-close-with = pour clore une affaire, utilisez `carnet deal { $verb } { $id }`
err-stages-none = il faut au moins une étape ouverte
err-stage-builtin = `{ $name }` ne peut pas être une étape ouverte (won et lost sont prédéfinies)
err-stage-probability = étape `{ $name }` : la probabilité { $value } dépasse 100
err-stage-twice = l'étape `{ $name }` apparaît deux fois
err-holdout-too-large = { $value } % est un groupe témoin trop grand (90 % au plus)
err-contact-name = un contact a besoin d'un nom
err-not-a-field = `{ $value }` n'est pas un champ de contact
err-not-an-email = `{ $value }` n'est pas une adresse e-mail
err-empty-name = un nom de contact vide
err-empty-tag = une étiquette ne peut pas être vide
err-tag-separator = l'étiquette `{ $tag }` contient `;` ou `,`, qui séparent les étiquettes
err-in-the-future = { $day } est dans le futur
err-record-what-happened = { $what } : enregistrez ce qui s'est passé
hint-record-what-happened = enregistrez ce qui s'est passé
err-other-currency = le montant est dans une autre devise ({ $other }) ; la devise de carnet est { $code }
err-channel-name = `{ $value }` n'est pas un nom de canal (1 à 40 caractères)
err-listed-twice = `{ $value }` apparaît deux fois
err-too-far-back-days = `{ $s }` est trop loin dans le passé : { $max }d au plus (100 ans)
err-range-empty = `{ $s }` n'a ni minimum ni maximum
err-range-order = `{ $s }` : le minimum est au-dessus du maximum
err-not-a-criterion = --drop : `{ $value }` n'est pas un critère ; les critères sont : { $names }
err-bought-since = --bought-since demande --bought : depuis quand ont-ils acheté quoi ?
hint-bought-since = ajoutez --bought CATÉGORIE (voyez `carnet purchase categories list`)
err-not-a-month = { $value } n'est pas un mois (1–12)
err-not-a-segment = `{ $value }` n'est pas un segment RFM
err-not-a-cell = `{ $value }` n'est pas une case de la matrice de valeur
hint-cells-are = les cases sont : Best, Frequent, Spenders, Uncertain, Inactive
err-backup-itself = { $path } est la base de données elle-même
hint-backup-itself = sauvegardez dans un autre fichier, idéalement sur un autre disque
hint-backup-folder = vérifiez que son dossier peut être créé et qu'on peut y écrire
err-newer-schema = la base { $path } a été écrite par un carnet plus récent (schéma { $version } ; ce carnet connaît jusqu'au { $latest })
hint-newer-schema = installez le carnet plus récent ; celui-ci ne touchera pas au fichier
err-foreign-sqlite = { $path } est un fichier SQLite, mais pas une base carnet
hint-foreign-sqlite = indiquez un fichier carnet avec --db ou CARNET_DB, ou un nouveau chemin pour en créer un
err-not-a-rate = `{ $value }` n'est pas un taux annuel (écrivez 10%)
err-rate-range = { $value } % n'est pas un taux de 0 % à 100 %
hint-log-what-happened = notez ce qui s'est passé ; prévoyez la suite avec --follow-up
err-not-their-phone = `{ $value }` n'est pas l'un des téléphones de ce contact
err-not-their-email = `{ $value }` n'est pas l'une des adresses e-mail de ce contact
hint-see-contact = voyez-les avec `carnet contact show`
err-no-home = impossible de trouver un dossier personnel pour les fichiers de carnet
hint-no-home = donnez à CARNET_DB et CARNET_CONFIG les chemins voulus
err-yes-or-no = `{ $value }` n'est ni oui ni non
err-add-needs-name = contact add demande --name (il n'y a pas de terminal pour le demander)
hint-add-needs-name = carnet contact add --name NOM [--email E] [--phone T] [--tag É]...
err-seals-broken = l'historique des consentements ne correspond plus à ses sceaux : { $what }
hint-seals-broken = comparez avec une sauvegarde (`carnet --db SAUVEGARDE consent history CONTACT`) ; les événements suivants ne sont pas fiables non plus
hint-campaign-costs = donnez --cost-per-contact, --fixed-cost ou les deux
err-demo-data = { $path } contient déjà des données
hint-demo-data = la démo ne se mélange jamais à des données existantes : ajoutez --force pour remplacer ce fichier, ou choisissez un autre --db
hint-cycle = écrivez 12m, 1y, 6w, 45d, measured, ou none pour le retirer
err-from-as-of = --from n'est pas avant --as-of
err-no-workbook = cette vue n'a pas de forme classeur
hint-no-workbook = utilisez ici --format csv ou json
clap-unknown-argument = argument inattendu `{ $arg }`
clap-unknown-subcommand = commande inconnue `{ $name }`
clap-missing = ces arguments sont requis : { $args }
clap-invalid-value = valeur `{ $value }` invalide pour `{ $arg }`
clap-valid-values = ; valeurs possibles : { $values }
clap-conflict = `{ $arg }` ne peut pas être utilisé avec `{ $other }`
clap-did-you-mean = vouliez-vous dire `{ $name }` ?
clap-more-help = Pour plus d'informations, essayez « --help ».

## Les lignes d'aide des options et arguments de chaque commande
flag-birthday = MM-DD, ou AAAA-MM-JJ quand l'année est connue ; JJ/MM et JJ/MM/AAAA en français (voyez `date_format` dans la configuration)
flag-ref = Le numéro client de la boutique (gardé comme texte : 007 reste 007)
flag-email-type = Le type de l'e-mail principal : home, work, other…
flag-phone-type = Le type du téléphone principal : cell, home, work…
flag-add-email = Un e-mail de plus, avec son type entre parenthèses si vous voulez : "paul@atelier.fr (work)" (à répéter ; le premier e-mail est le principal)
flag-add-phone = Un numéro de plus : "04 78 00 00 00 (home)" (à répéter)
flag-contact-add-tags = Une étiquette (à répéter pour plusieurs)
flag-contact-add-allow-duplicate = L'ajouter même si un contact a déjà le même e-mail ou téléphone
flag-contact-add-every = Garder le contact à ce rythme (60d, 8w, 2m) : `carnet remind` dit quand c'est le moment
flag-contact-list-tags = Seulement les contacts qui ont cette étiquette (à répéter : toutes)
flag-search = Texte dans le nom, la ref, l'e-mail, le téléphone, la société ou la ville ; sans tenir compte de la casse ni des accents
flag-contact-list-archived = Seulement les contacts archivés
flag-contact-list-all = Les contacts archivés et actifs
flag-remove-email = Oublier l'un de ses e-mails (le suivant devient le principal)
flag-remove-phone = Oublier l'un de ses numéros
flag-primary-email = Faire de l'un de ses autres e-mails le principal (les campagnes y écrivent)
flag-primary-phone = Faire de l'un de ses autres numéros le principal
flag-contact-edit-every = Garder le contact à ce rythme (60d, 8w, 2m) ; `none` l'arrête
flag-undo = Faire revenir un contact archivé
flag-yes = Ne pas demander de confirmation (nécessaire sans terminal)
flag-contact-merge-dry-run = Montrer ce qui changerait, sans rien changer
flag-by = Les signes qui comptent (séparés par des virgules)
flag-contact-duplicates-archived = Chercher aussi parmi les contacts archivés
flag-contact-import-file = Un fichier .csv, ou un fichier .vcf (vCard 3.0 ou 4.0)
flag-contact-import-dry-run = Vérifier chaque ligne et en rendre compte, sans rien écrire
flag-allow-reimport = Importer un fichier au même contenu qu'un import précédent
flag-contact-import-allow-duplicate = Ajouter les lignes dont l'e-mail ou le téléphone est déjà celui d'un autre contact
flag-contact-import-strict = Refuser un CSV aux colonnes que carnet n'utilise pas (sinon elles sont ignorées)
flag-update = Mettre à jour les contacts dont parlent les lignes du fichier (trouvés par ref, puis e-mail, puis téléphone) au lieu de les refuser : champs vides remplis, nouveaux e-mails, téléphones et étiquettes ajoutés. Les lignes qui ne correspondent à personne sont ajoutées
flag-overwrite = Avec --update, remplacer aussi les champs que le fichier donne autrement
flag-contact-export-out = Écrire dans ce fichier au lieu de la sortie standard (jamais la base ; un fichier existant seulement avec --force)
flag-contact-export-force = Remplacer le fichier --out s'il existe
flag-contact-export-all = Inclure les contacts archivés
flag-purchase-add-contact = Qui a acheté : numéro, ref, e-mail ou nom
flag-purchase-add-amount = Combien : 45,50, 45.50 ou 1 234,50 ; négatif pour un remboursement
flag-purchase-add-date = Le jour de l'achat (par défaut : aujourd'hui)
flag-order-ref = Votre numéro de facture ou de commande
flag-purchase-add-category = Ce qui a été acheté (bouquet, atelier, réparation…) : des mots au choix ; `Bouquet` et `bouquet` sont une seule catégorie
flag-purchase-add-channel = Où la vente a eu lieu : l'un des sales_channels de la configuration (shop, market, online, phone, fair par défaut)
flag-purchase-list-contact = Seulement les achats de ce contact
flag-purchase-list-since = À partir de ce jour (AAAA-MM-JJ, aujourd'hui, -30j)
flag-purchase-list-until = Jusqu'à ce jour inclus
flag-purchase-list-category = Seulement les achats de cette catégorie
flag-purchase-list-channel = Seulement les achats faits sur ce canal de vente
flag-id = Le numéro de l'achat (voyez `carnet purchase list`)
flag-purchase-categories-rename-from = La catégorie telle qu'elle est (casse et accents mis à part)
flag-purchase-categories-rename-to = Sa nouvelle orthographe
flag-purchase-categories-merge-from = La catégorie qui disparaît
flag-into = La catégorie qui reçoit ses achats
flag-purchase-categories-cycle-category = La catégorie (casse et accents mis à part)
flag-cycle = 12m, 1y, 6w, 45d, measured ou none
flag-date-format = Comment les dates sont écrites : DD/MM/YYYY, MM/DD/YYYY, ou un motif strftime
flag-purchase-import-dry-run = Vérifier chaque ligne et en rendre compte, sans rien écrire
flag-map = Dire quel en-tête est quelle colonne : "Code client=customer_id,Montant TTC=amount"
flag-purchase-import-strict = Refuser un fichier aux colonnes que carnet n'utilise pas (sinon elles sont ignorées)
flag-purchase-export-contact = Seulement les achats de ce contact
flag-purchase-export-since = À partir de ce jour (AAAA-MM-JJ, aujourd'hui, -30j)
flag-purchase-export-until = Jusqu'à ce jour inclus
flag-purchase-export-category = Seulement les achats de cette catégorie
flag-purchase-export-channel = Seulement les achats faits sur ce canal de vente
flag-purchase-export-out = Écrire dans ce fichier au lieu de la sortie standard (jamais la base ; un fichier existant seulement avec --force)
flag-purchase-export-force = Remplacer le fichier --out s'il existe
flag-deal-add-amount = La valeur de l'affaire : 2400, 2 400,00
flag-stage = L'étape de départ (par défaut : la première configurée)
flag-deal-add-expected-close = Clôture prévue : une date, +2sem, +1mois, vendredi…
flag-closed = Seulement les affaires closes
flag-deal-list-all = Les affaires ouvertes et closes
flag-deal-edit-expected-close = Clôture prévue (une valeur vide l'efface)
flag-record-purchase = Enregistrer le montant de l'affaire comme un achat à la date de clôture
flag-deal-won-date = La date de clôture (par défaut aujourd'hui)
flag-kind = call, email, visit, meeting, sms, note (configuration : interaction_kinds)
flag-note = Ce qui a été dit ou fait
flag-interaction-add-at = Quand c'est arrivé (par défaut maintenant) : une date, hier, -2j, ou RFC 3339
flag-deal = L'affaire dont il s'agit
flag-follow-up = Quand revenir vers eux
flag-open = Seulement ceux qui ont une relance ouverte
flag-interaction-edit-at = Quand c'est arrivé (par défaut maintenant) : une date, hier, -2j, ou RFC 3339
flag-interaction-due-within = Regarder aussi loin devant : 7d, 2w
flag-remind-within = Regarder aussi loin devant : 3d, 1w
flag-report-rfm-as-of = Calculer à ce jour : les achats suivants sont ignorés (par défaut aujourd'hui)
flag-frequency-basis = Compter les visites comme des jours distincts (par défaut) ou comme des achats
flag-report-rfm-category = Seulement les achats de cette catégorie (voyez `carnet purchase categories list`)
flag-report-rfm-channel = Seulement les achats faits sur ce canal de vente (shop, market, online…)
flag-report-rfm-customers = Une ligne par client au lieu du résumé
flag-report-rfm-segment = Seulement les clients de ce segment (implique --customers)
flag-bounds = Afficher les bornes des notes comme des enregistrements (la vue tableau les montre sous le résumé)
flag-report-value-matrix-as-of = Calculer à ce jour : les achats suivants sont ignorés (par défaut aujourd'hui)
flag-report-value-matrix-category = Seulement les achats de cette catégorie (voyez `carnet purchase categories list`)
flag-report-value-matrix-channel = Seulement les achats faits sur ce canal de vente (shop, market, online…)
flag-active-days = La fenêtre d'activité en jours (par défaut : value_matrix.active_days de la configuration)
flag-include-inactive = Garder chaque client dans la matrice, quelle que soit la date de son dernier achat
flag-report-value-matrix-customers = Une ligne par client au lieu de la matrice
flag-report-pareto-since = Premier jour de la période (par défaut : le premier achat)
flag-report-pareto-until = Dernier jour de la période (par défaut : aujourd'hui)
flag-report-pareto-customers = Une ligne par client avec son chiffre d'affaires, sa part cumulée et sa classe ABC
flag-report-pareto-category = Seulement les achats de cette catégorie (voyez `carnet purchase categories list`)
flag-report-pareto-channel = Seulement les achats faits sur ce canal de vente (shop, market, online…)
flag-report-pipeline-since = Début de la période du taux de réussite (par défaut : 365 jours avant --until)
flag-report-pipeline-until = Fin de la période du taux de réussite (par défaut aujourd'hui)
flag-by-month = Des lignes par mois de clôture prévue au lieu de par étape (json/csv)
flag-report-clv-as-of = Ajuster sur les achats jusqu'à ce jour (par défaut aujourd'hui)
flag-report-clv-horizon = Jusqu'où regarder : 52w (par défaut), 26w, 12m, 365d
flag-discount-rate = Un taux d'actualisation annuel comme 10%, appliqué par semaine
flag-report-clv-customers = Une ligne par client
flag-sort = L'ordre des lignes de clients
flag-report-clv-segment = Seulement les clients de ce segment RFM (implique --customers)
flag-model = Afficher seulement les modèles ajustés
flag-holdout-until = Vérifier les prédictions : ajuster jusqu'à --as-of, comparer avec ce que les clients ont fait jusqu'à ce jour
flag-report-clv-category = Seulement les achats de cette catégorie (voyez `carnet purchase categories list`)
flag-report-clv-channel = Seulement les achats faits sur ce canal de vente (shop, market, online…)
flag-current = La fenêtre de la valeur actuelle : 12m (par défaut), 6m, 365d
flag-report-profitability-horizon = L'horizon de la valeur potentielle (comme `report clv --horizon`)
flag-report-profitability-customers = Une ligne par client
flag-report-profitability-from = Calculer aussi la matrice à ce jour antérieur et lister qui a changé de case
flag-report-profitability-category = Seulement les achats de cette catégorie (voyez `carnet purchase categories list`)
flag-report-profitability-channel = Seulement les achats faits sur ce canal de vente (shop, market, online…)
flag-report-categories-as-of = Calculer à ce jour : les achats suivants sont ignorés (par défaut aujourd'hui)
flag-cross = Les paires de catégories achetées par les mêmes clients, avec leur lift
flag-report-categories-customers = Une ligne par client : récence, fréquence, montant et ce qu'il achète (FRAT)
flag-report-channels-as-of = Calculer à ce jour : les achats suivants sont ignorés (par défaut aujourd'hui)
flag-report-migration-from = Le jour le plus ancien
flag-report-migration-to = Le jour le plus récent (par défaut : aujourd'hui)
flag-report-migration-category = Seulement les achats de cette catégorie (voyez `carnet purchase categories list`)
flag-report-migration-channel = Seulement les achats faits sur ce canal de vente (shop, market, online…)
flag-segment-add-tags = A cette étiquette
flag-rfm = Dans ce segment RFM (par exemple "at risk", champions)
flag-cells = Dans cette case de la matrice de valeur : best, frequent, spenders, uncertain, inactive
flag-spent = Total dépensé entre : 100..500, 100.., ..50
flag-visits = Nombre de visites (jours d'achat) entre : 3.., 1..2
flag-last-purchase-before = Dernier achat avant une date ou il y a N jours (90d)
flag-postcodes = Un code postal, ou un début suivi de * (69*)
flag-has = Joignable par e-mail ou téléphone
flag-birthday-months = Anniversaire ce mois-ci (1–12)
flag-bought = A acheté cette catégorie (voyez `carnet purchase categories list`)
flag-bought-since = Avec --bought : l'a achetée à partir d'une date ou depuis N jours (365d)
flag-not-bought = N'a jamais acheté cette catégorie
flag-channels = A acheté au moins une fois sur ce canal de vente (shop, market, online…)
flag-description = Une ligne qui dit à quoi sert le segment
flag-segment-list-as-of = Compter à ce jour (par défaut aujourd'hui)
flag-segment-edit-tags = A cette étiquette
flag-drop = Retirer un critère (tag, rfm, cell, spent, visits, last-purchase-before, …)
flag-segment-export-out = Écrire dans ce fichier au lieu de la sortie standard (jamais la base ; un fichier existant seulement avec --force)
flag-segment-export-force = Remplacer le fichier --out s'il existe
flag-wording = Le texte accepté : le numéro ou l'empreinte d'un texte, ou un fichier à enregistrer
flag-source = La preuve : "carte signée n°12", "formulaire web 2024-06-20 10:31"
flag-consent-grant-at = Quand il a été donné (par défaut aujourd'hui) ; peut être dans le passé
flag-who = Un contact, ou une simple adresse e-mail ou un numéro de téléphone
flag-consent-withdraw-all = Tous les canaux
flag-event = Le numéro de l'événement (voyez `carnet consent history`)
flag-older-than = Depuis combien de temps sans activité : 3y, 18m, 900d
flag-forget = Les effacer tous (après confirmation)
flag-campaign-create-segment = Un segment enregistré ou prédéfini (un segment RFM ou une case de valeur)
flag-holdout = La part de l'audience éligible gardée comme groupe témoin : 10%
flag-message = Le message, depuis un fichier
flag-campaign-create-seed = La graine du tirage du groupe témoin (par défaut : tirée du nom)
flag-cost-per-contact = Ce que coûte une personne atteinte (un timbre, un SMS) : 0,85
flag-fixed-cost = Ce que coûte la campagne quel que soit le nombre de personnes (conception, impression) : 120
flag-campaign-launch-out = recipients.csv (publipostage) ou recipients.vcf (jamais la base ; un fichier existant seulement avec --force)
flag-campaign-launch-force = Remplacer le fichier --out s'il existe
flag-window = Pendant combien de temps après le lancement les achats comptent (par défaut 30d)
flag-batch = Le numéro du lot affiché par `carnet import list`
flag-backup-file = Où écrire la copie (ses dossiers sont créés)
flag-backup-force = Remplacer FICHIER s'il existe
flag-demo-customers = Combien de clients
flag-demo-seed = La même graine donne la même boutique
flag-demo-force = Remplacer un fichier cible qui contient déjà des données
help-flag-version = Afficher la version
help-possible-values = {" "}[valeurs possibles : { $values }]
help-default = {" "}[par défaut : { $value }]

## Le texte après les options d'une commande
help-after-backup =
    La copie est un seul fichier SQLite, lisible par vous seul, que carnet ouvre
    tel quel (carnet --db FICHIER ...). Elle est cohérente même prise pendant que
    carnet écrit, et compactée. Une sauvegarde garde ce qu'elle contenait : après
    `privacy forget`, les sauvegardes plus anciennes contiennent encore les données
    de la personne ; supprimez-les ou refaites-les.

    Exemples :
      carnet backup ~/backups/shop-$(date +%F).db
      carnet backup /mnt/usb/shop.db --force
help-after-campaign-edit =
    Les coûts servent à `campaign preview` (seuil de rentabilité) et à `campaign
    report` (retour sur investissement). Mettez `[value] margin = "40%"` dans la
    configuration pour raisonner en marge plutôt qu'en chiffre d'affaires.

    Exemple :
      carnet campaign edit spring-sale --cost-per-contact 0,85 --fixed-cost 120
help-after-consent-import =
    Colonnes : contact (numéro, ref ou e-mail), channel, action (grant, withdraw,
    soft_opt_in), date, method, wording (numéro ou empreinte), source. Un
    consentement sans date, méthode et texte fait refuser tout le fichier.

    Exemple :
      carnet consent import forms.csv
help-after-consent-verify =
    Chaque événement porte une empreinte qui couvre celui d'avant, sa preuve, son
    texte et le contact pour qui il a été enregistré. verify les recalcule et nomme
    le premier événement qui ne correspond plus (sortie 1). Il trouve les
    modifications faites avec d'autres outils (le shell sqlite3) ; il ne peut pas
    arrêter quelqu'un qui recalcule toutes les empreintes : gardez des sauvegardes
    pour comparer.

    Exemple :
      carnet consent verify
help-after-consent-withdraw =
    Exemples :
      carnet consent withdraw helene@example.fr --channel email
      carnet consent withdraw "Paul Martin" --all
      carnet consent withdraw someone@example.com --all    # pas un contact : adresse bloquée
help-after-contact-duplicates =
    Deux contacts se ressemblent par le même e-mail (casse ignorée), le même numéro
    (ses neuf derniers chiffres : 06 12 34 56 78 est +33 6 12 34 56 78), ou le même
    nom (sans casse, accents ni ordre des mots : DUPONT Hélène est Hélène Dupont)
    sauf si leurs e-mails ou téléphones diffèrent. Les contacts reliés les uns aux
    autres forment un groupe, gardé par son contact le plus ancien. Rien n'est
    changé : fusionnez les paires avec lesquelles vous êtes d'accord.

    Exemples :
      carnet contact duplicates
      carnet contact duplicates --by email,phone
      carnet contact merge 12 31 --dry-run
help-after-contact-import =
    Colonnes du CSV (en-tête obligatoire, dans n'importe quel ordre) : ref, name,
    email, phone, company, street, postcode, city, country, birthday, notes, tags
    (séparées par ;). Les en-têtes français et ceux des exports courants sont
    reconnus aussi (nom, prénom, First Name, Last Name, E-mail 1 - Value, Phone 1 -
    Value de Google Contacts…). Seul le nom est obligatoire. Les colonnes id,
    archived, created_at et updated_at qu'écrit `contact export` sont acceptées et
    ignorées.

    Une ligne dont la ref, l'e-mail ou le téléphone est déjà celui d'un contact est
    refusée, sauf avec --update : elle complète alors les champs vides de ce
    contact et ajoute ses nouveaux e-mails, téléphones et étiquettes (--overwrite
    remplace aussi les champs qui diffèrent). Une ligne qui correspond à plusieurs
    contacts n'est jamais devinée : --dry-run la liste, et l'import est refusé tant
    qu'elle n'est pas résolue.

    Exemples :
      carnet contact import clients.csv --dry-run
      carnet contact import phone-export.vcf
      carnet contact import google.csv --update --dry-run
      carnet contact import google.csv --update --overwrite
help-after-contact-show =
    Un contact se désigne par son numéro, sa ref, son e-mail ou son nom ; id:12,
    ref:007, email:a@b.fr et name:Paul imposent une lecture.

    Exemples :
      carnet contact show 12
      carnet contact show ref:007 --format json
help-after-demo =
    Sans --db ni CARNET_DB la démo va dans demo.db, dans le dossier de données de
    carnet, jamais dans votre vraie base.

    Exemples :
      carnet demo
      carnet demo --db /tmp/shop.db --customers 100000 --seed 42
help-after-interaction-add =
    Relances : +3j, +2sem, +1mois, demain, un jour de la semaine (jeudi), ou une date.

    Exemples :
      carnet interaction add "Mme Durand" --kind call --note "wants the blue vase" --follow-up thursday
      carnet interaction add 12 --kind visit --deal 4 --follow-up +2w
      carnet interaction add paul@example.fr --kind email --at 2024-06-01
help-after-privacy-forget =
    Ce qui part : nom, e-mail, téléphone, adresse, anniversaire, notes, étiquettes,
    textes des échanges, notes des affaires, notes des achats et textes des preuves
    de consentement. L'e-mail et le téléphone vont sur la liste de blocage sous
    forme d'empreintes à clé, si bien qu'un import ultérieur ne peut pas ramener la
    personne dans une campagne. Le fichier est reconstruit pour que les octets
    effacés le quittent.

    Exemple :
      carnet privacy forget "Hélène Dupont" --yes
help-after-privacy-review =
    Exemples :
      carnet privacy review                      # privacy.retention, 3y par défaut
      carnet privacy review --older-than 2y --forget --yes
help-after-purchase-add =
    Montants : 45.50, 45,50, 45 ou 1 234,50 (deux décimales au plus).
    Dates : AAAA-MM-JJ, today, yesterday, ou -3d pour il y a trois jours ; 28/11/2026,
    28/11, aujourd'hui, hier, -3j avec une locale française ou date_format = "DD/MM/YYYY".

    Exemples :
      carnet purchase add helene@example.fr 45,50
      carnet purchase add ref:007 120 --date 2024-03-14 --order-ref F-2024-031
      carnet purchase add 12 -15.00 --note "returned a mug"
help-after-purchase-categories-cycle =
    Un client est à relancer une fois le cycle écoulé depuis son dernier achat de
    la catégorie : `12m`, c'est le même jour un an plus tard. `measured` prend le
    cycle médian de rachat de la catégorie (voyez `carnet report categories`) ;
    `none` retire le cycle. Un cycle fixé dans la configuration
    ([categories.NOM] cycle = "12m") l'emporte sur celui gardé ici.

    Exemples :
      carnet purchase categories cycle "révision vélo" 12m
      carnet purchase categories cycle abonnements measured
      carnet purchase categories cycle ateliers none
help-after-purchase-import =
    Le fichier a besoin d'une ligne d'en-tête qui nomme le client, la date et le
    montant (note et order_ref sont facultatifs), en anglais ou en français comme
    les caisses et les tableurs les écrivent : customer_id / n° client / code
    client, date / date de vente, amount / montant TTC / total, note / libellé,
    order_ref / n° ticket / facture. Les autres colonnes sont ignorées (listées une
    fois). Le séparateur (, ; tabulation) et l'encodage (UTF-8, UTF-16,
    Windows-1252) sont détectés. customer_id est rapproché de la ref d'un contact ;
    un numéro inconnu crée un contact avec cette ref. Les montants peuvent porter la
    devise (45,50 €) ; les dates peuvent porter une heure (le jour est gardé). Une
    ligne incorrecte fait refuser tout le fichier ; jusqu'à 20 lignes incorrectes
    sont nommées d'un coup.

    Exemples :
      carnet purchase import sales.csv
      carnet purchase import ventes.csv --date-format DD/MM/YYYY --dry-run
      carnet purchase import caisse.csv --map "Code client=customer_id,Montant TTC=amount"
help-after-remind =
    Ce qu'il liste : les relances ouvertes dues (et en retard), les affaires dont
    la clôture prévue est passée, les contacts qui ont dépassé leur rythme
    (contact edit --every 60d), les clients à renouveler, les habitués qui
    s'éloignent, et les anniversaires des prochains jours (configuration
    remind.birthday_days, 7 par défaut).

    Exemples :
      carnet remind                          # le point du jour ; muet sinon
      carnet remind --within 7d              # regarder une semaine devant
      carnet remind --format ics > carnet.ics   # un agenda pour votre téléphone
      0 7 * * * carnet remind                # crontab : un mail seulement si besoin
help-after-report-clv =
    Les modèles : BG/NBD (Fader, Hardie & Lee 2005) pour les visites répétées et
    Gamma-Gamma (Fader & Hardie 2013) pour la dépense par visite, ajustés par
    maximum de vraisemblance sur les achats jusqu'à --as-of. Le temps est en
    semaines ; une visite est un jour d'achat. clv = visites attendues × dépense
    attendue par visite sur l'horizon (× [value] margin quand elle est fixée),
    actualisée par semaine avec --discount-rate.

    Exemples :
      carnet report clv
      carnet report clv --customers --sort clv --limit 20
      carnet report clv --as-of 2024-06-30 --holdout-until 2024-12-31
      carnet report clv --model --format json
help-after-report-profitability =
    Valeur actuelle : ce que chaque client a apporté dans la fenêtre --current
    (12m par défaut) jusqu'à --as-of ; valeur potentielle : sa valeur à vie (voyez
    `report clv`). Chacune est coupée à sa médiane. Un client qui porte l'une des
    étiquettes [value] keep_tags (clients de référence, prescripteurs) est
    Référence, jamais Indésirable. Avec [value] margin les deux sont en marge
    plutôt qu'en chiffre d'affaires, et la valeur actuelle est nette de ce que les
    campagnes de la fenêtre ont coûté par client atteint.

    Exemples :
      carnet report profitability
      carnet report profitability --customers --format csv
      carnet report profitability --from 2024-01-01      # qui a changé de case depuis
help-after-report-rfm =
    Règles : les clients sont les contacts ayant un achat jusqu'à --as-of inclus.
    recency_days = as-of − dernier achat ; frequency = jours d'achat distincts
    (--frequency-basis rows compte les achats) ; monetary = total dépensé.
    Notes 1–5 : 1 + floor(5 × below / N), below = clients strictement moins bons ;
    les ex aequo partagent la note inférieure, si bien qu'une note peut être vide.
    Les segments viennent des notes R et F.

    Exemples :
      carnet report rfm
      carnet report rfm --as-of 2024-06-30 --customers --format csv
      carnet report rfm --segment "at risk"
help-after-report-value-matrix =
    Règles (Marcus, 1998) : la fréquence et le panier moyen sont chacun coupés à
    leur moyenne sur les clients actifs ; ≥ la moyenne est haut. Best = les deux
    hauts ; Frequent = fréquence haute ; Spenders = panier haut ; Uncertain = les
    deux bas. Les clients sans achat depuis plus de --active-days (configuration
    value_matrix.active_days, 365 par défaut) sont Inactive et laissés hors des
    moyennes, sauf avec --include-inactive.

    Exemples :
      carnet report value-matrix
      carnet report value-matrix --customers --format json
help-after-root =
    Exemples :
      carnet demo                                  créer une boutique de démonstration à explorer
      carnet contact add --name "Hélène Dupont" --email helene@example.fr --tag regular
      carnet purchase add helene@example.fr 45,50 --date yesterday
      carnet purchase import ventes.csv --date-format DD/MM/YYYY
      carnet contact list --search helene --format json

    Fichiers : la base est --db, sinon CARNET_DB, sinon `db` dans le fichier de
    configuration, sinon carnet.db dans votre dossier de données. `carnet config path`
    dit où.
help-example = Exemple :
demo-built =
    Boutique de démonstration dans { $path } : { $customers } clients, { $purchases } achats, { $revenue } de chiffre d'affaires sur deux ans jusqu'au { $day }.
    {""}
demo-try =
    {""}
    Faites pointer carnet dessus, puis essayez :
      export CARNET_DB={ $path }
      carnet report clv
      carnet campaign report spring-workshops
      carnet remind --within 7d
      carnet report pipeline
      carnet report value-matrix
      carnet report rfm --segment "can't lose them"
      carnet report pareto
      carnet segment list
      carnet contact list --sort total-spent --limit 10
      carnet contact show C000001
      carnet report categories
      carnet report channels

    La catégorie Abonnements se renouvelle chaque année : `carnet remind`
    liste donc les abonnés en retard ; fixez un cycle sur une autre catégorie avec
      carnet purchase categories cycle Ateliers 6m

## L'objet de chaque rappel
why-follow-up = relance : { $kind } du { $day } (échange { $id })
why-deal-ahead = affaire { $id } « { $title } » ({ $stage }, { $amount }) doit se conclure
why-deal-late = affaire { $id } « { $title } » ({ $stage }, { $amount }) devait se conclure
why-cadence = donner des nouvelles tous les { $days } jours ; dernier contact le { $day }
why-birthday = anniversaire
why-birthday-age = anniversaire ({ $age } ans)
why-renewal = dernier achat { $category } le { $day }, { $cycle }{ $measured }
why-measured = {" "}(mesuré sur { $n } rachats)
why-slipping-today = revient d'habitude tous les { $gap } jours ; dernière visite le { $day }, il y a { $days } jours
why-slipping-by = revient d'habitude tous les { $gap } jours ; dernière visite le { $day }, { $days } jours le { $due }
cycle-every-days = tous les { $n } jours
cycle-every-year = chaque année
cycle-every-months = tous les { $n } mois
cycle-measured = à son cycle mesuré
ics-calendar = rappels carnet
ics-follow-up = Relance : { $name }
ics-deal = Affaire à conclure : { $name }
ics-keep-in-touch = Donner des nouvelles : { $name }
ics-renewal = À renouveler : { $name }
ics-birthday = Anniversaire : { $name }
ics-slipping-away = S'éloigne : { $name }
why-follow-up-note = relance : { $kind } du { $day } : { $note } (échange { $id })
kind-call = appel
kind-email = e-mail
kind-visit = visite
kind-meeting = rendez-vous
kind-sms = SMS
kind-note = note
remind-line-why = {" "}: { $why }
table-dropped = non affichées, le terminal est trop étroit : { $names } (voyez-les avec --format csv ou un terminal plus large)
migration-corner = avant ↓  après →
migration-new-customer = (nouveau client)
migration-nobody = personne
migration-move = { $name } (n° { $id }) : { $from } → { $to }
migration-title = Migration des segments du { $from } au { $to } : { $before } clients avant, { $now } maintenant ({ $new } nouveaux{ $gone ->
        [0] {""}
       *[other] , { $gone } partis
    })
migration-fell = Tombés de Champions ou Clients fidèles vers À risque, À ne pas perdre ou En sommeil :
migration-rose = Montés vers Champions ou Clients fidèles :

## Campagnes : aperçu et bilan
campaign-people = personnes
campaign-in-segment = dans le segment
campaign-will-receive = la recevront
campaign-control-group = groupe témoin (non contacté)
campaign-left-out = écartés : { $why }
campaign-preview-title = Campagne `{ $name }` ({ $channel }) vers le segment `{ $segment }`
campaign-preview-title-launched = Campagne `{ $name }` ({ $channel }) vers le segment `{ $segment }` — déjà lancée ; voici la vue du jour
campaign-no-cost-preview = Aucun coût fixé : `carnet campaign edit { $name } --cost-per-contact 0,85 --fixed-cost 120` montre ce qu'elle doit rapporter.
campaign-cost-line = Coût : { $cost } ({ $reached } × { $per } + { $fixed } de frais fixes)
campaign-break-even = Pour être rentable, cette campagne doit amener { $purchases ->
        [one] 1 achat de plus
       *[other] { $purchases } achats de plus
    } de { $average } (l'achat moyen) — { $share } des { $reached } personnes qu'elle atteint
campaign-in-revenue = {" "};{"\u000A"}c’est en chiffre d'affaires : mettez `[value] margin = "40%"` dans la configuration pour ne compter que la marge
campaign-no-break-even = Pas de seuil de rentabilité : elle n'atteint personne, ou il n'y a pas d'achats pour faire une moyenne.
campaign-cost-unmeasured = Coût : { $cost } ; sans groupe témoin, ce qu'elle a rapporté ne peut pas être mesuré.
campaign-extra = Acheteurs en plus : { $buyers } (intervalle à 95 % de { $low } à { $high }) ; chiffre d'affaires en plus : { $revenue } ({ $revenue_low } à { $revenue_high })
campaign-extra-margin = Marge en plus : { $margin } ({ $low } à { $high })
campaign-no-cost-report = Aucun coût fixé : `carnet campaign edit { $name } --cost-per-contact 0,85 --fixed-cost 120` dit si elle a été rentable.
campaign-basis-margin = la marge
campaign-basis-revenue = le chiffre d'affaires (pas de `[value] margin`)
campaign-cost-roi = Coût : { $cost } ; retour sur investissement { $roi } %, compté sur { $basis }
campaign-cost-basis = Coût : { $cost }, compté sur { $basis }
campaign-paid = Elle a été rentable : même le bas de l'intervalle couvre le coût.
campaign-did-not-pay = Elle n'a pas été rentable : même le haut de l'intervalle est sous le coût.
campaign-cannot-tell = Impossible de dire encore si elle a été rentable : l'intervalle va d'en dessous du coût à au-dessus.
campaign-col-group = groupe
campaign-col-people = personnes
campaign-col-bought = acheteurs
campaign-col-rate = taux
campaign-col-revenue = CA
campaign-col-per-head = par personne
campaign-group-recipients = destinataires
campaign-group-control = témoin
campaign-report-title = Campagne `{ $name }` lancée le { $day } ; achats à partir du lendemain, pendant { $days } jours
campaign-report-title-open = Campagne `{ $name }` lancée le { $day } ; achats à partir du lendemain, pendant { $days } jours (la fenêtre est encore ouverte : { $left } jours à venir)
campaign-lift-made-difference = Hausse du taux d'achat : { $lift } points (intervalle de confiance à 95 % de { $low } à { $high }) ; la campagne a fait la différence
campaign-lift-chance = Hausse du taux d'achat : { $lift } points (intervalle de confiance à 95 % de { $low } à { $high }) ; impossible à distinguer du hasard
campaign-no-control = Pas de groupe témoin : la hausse ne peut pas être mesurée.
campaign-opt-outs = Désinscriptions sur { $channel } depuis le lancement parmi les destinataires : { $count }
decision-send = envoi
decision-control = témoin
decision-excluded = écarté
left-out-opted-out = s'est désinscrit
left-out-address-bounced = adresse en erreur
left-out-no-optin-for-this-channel = pas de consentement pour ce canal
left-out-no-address-for-the-channel = pas d'adresse pour ce canal
left-out-on-the-suppression-list = sur la liste de blocage
left-out-contacted-too-often = contacté trop souvent
left-out-in-the-control-group = dans le groupe témoin
