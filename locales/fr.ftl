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
col-honorific = civilité
col-dates = dates clés
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
msg-none-inactive = aucun contact n’est inactif depuis avant { $day }
msg-none-inactive-to-erase = aucun contact n’est inactif depuis avant { $day } : rien à effacer
msg-erase-inactive-ask = Effacer les données personnelles { $count ->
        [one] d’{ $count } contact inactif
       *[other] de { $count } contacts inactifs
    } depuis avant { $day } ?
msg-erased-inactive = { $count ->
        [one] { $count } contact inactif effacé
       *[other] { $count } contacts inactifs effacés
    } (inactifs depuis avant { $day })
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
birthday-ambiguous = `{ $s }` peut se lire { $a } ou { $b } (MM-JJ) : écrivez-la MM-JJ, ou mettez date_format = "DD/MM/YYYY" (ou "MM/DD/YYYY") ou language = "fr" dans la configuration
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
col-since = depuis
col-until = jusqu’au
col-open = en cours
col-open-total = total en cours
col-open-weighted = prévision pondérée
col-won = gagnées
col-lost = perdues
col-win-rate = taux de réussite
col-mean-days-to-win = jours moyens pour gagner
col-late = en retard
col-late-deals = affaires en retard
col-share-customers = part des clients
err-not-a-range = `{ $s }` n'est pas un intervalle (écrivez MIN..MAX, MIN.. ou ..MAX)
err-range-side = `{ $s }` : { $why }
err-not-a-count = `{ $s }` n'est pas un nombre entier
crit-value = { $v }
crit-or = {" "}ou{" "}
crit-and = , et{" "}
crit-every-contact = tous les contacts
crit-tag = étiquette { $list }
crit-bought = a acheté { $list }
crit-bought-since = a acheté { $list } depuis { $day }
crit-never-bought = n'a jamais acheté { $list }
crit-channel = a acheté sur le canal { $list }
crit-rfm = segment RFM { $list }
crit-cell = case de valeur { $list }
crit-spent = a dépensé { $range }
crit-visits = visites { $range }
crit-last-purchase-before = dernier achat avant { $day }
crit-last-purchase-after = dernier achat après { $day }
crit-first-purchase-before = premier achat avant { $day }
crit-first-purchase-after = premier achat après { $day }
crit-created-before = créé avant { $day }
crit-created-after = créé après { $day }
crit-city = ville { $list }
crit-postcode = code postal { $list }
crit-has = a un { $list }
crit-birthday-month = anniversaire au mois { $list }
reach-email = e-mail
reach-phone = téléphone
msg-no-tags = pas encore d'étiquette : donnez-en avec `contact add --tag` ou `contact tag`
msg-tag-renamed = Étiquette `{ $from }` renommée `{ $into }` sur { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}{ $segments ->
    [0] {""}
    [one] {""} et dans le segment { $names }
   *[other] {""} et dans les segments { $names }
}.
msg-tag-merged = Étiquette `{ $from }` fondue dans `{ $into }` : { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}{ $segments ->
    [0] {""}
    [one] {""}, et le segment { $names }
   *[other] {""}, et les segments { $names }
}.
err-no-tag = aucun contact n'a l'étiquette `{ $tag }`
hint-tag-list = `carnet tag list` montre toutes les étiquettes
err-tag-same = `{ $tag }` s'écrit déjà ainsi
err-tag-exists = `{ $tag }` est déjà une étiquette
hint-tag-merge = pour les réunir : carnet tag merge { $from } { $into }
warn-same-name = le contact { $id } s'appelle aussi { $name } : la même personne ? (`carnet contact merge { $id } { $new }` si oui)
err-man-no-command = `{ $name }` n'est pas une commande de carnet (commandes : { $names })
config-contact-kind = `{ $kind }` dans [interaction] contact_kinds n'est pas dans interaction_kinds ({ $kinds })
err-needs-yes = `carnet { $command }` demande --yes sans terminal (il demanderait : { $what })
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
err-backup-itself = { $path } est la base de données elle-même (ou un fichier que SQLite garde à côté : -wal, -shm, -journal)
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
hint-demo-data = la démo ne se mélange jamais à des données existantes : ajoutez --force pour remplacer ce qui s'y trouve (le fichier, ou les tables de carnet sur un serveur), ou choisissez un autre --db
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

demo-built =
    Boutique de démonstration dans { $path } : { $customers } clients, { $purchases } achats, { $revenue } de chiffre d'affaires sur deux ans jusqu'au { $day }.
    {""}
demo-try =
    {""}
    Faites pointer carnet dessus, puis essayez :
      export CARNET_DB={ $path }
      carnet report dashboard --out boutique.html
      carnet report clv
      carnet campaign report spring-workshops
      carnet remind --within 7d
      carnet report pipeline
      carnet report value-matrix
      carnet report rfm --segment "à ne pas perdre"
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
campaign-cost-roi = Coût : { $cost } ; retour sur investissement { $roi } % (intervalle à 95 % de { $low } % à { $high } %), compté sur { $basis }
campaign-cost-basis = Coût : { $cost }, compté sur { $basis }
campaign-paid = Elle a été rentable : même le bas de l'intervalle couvre le coût.
campaign-did-not-pay = Elle n'a pas été rentable : même le haut de l'intervalle est sous le coût.
campaign-cannot-tell = Impossible de dire encore si elle a été rentable : l'intervalle va d'en dessous du coût à au-dessus.
campaign-inconclusive = Pas de réponse nette : la fenêtre est close et l'intervalle va toujours d'en dessous du coût à au-dessus (l'effet était trop faible pour être mesuré face à ce groupe témoin).
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

## Les mots de carnet dans les tableaux
val-kind-call = appel
val-kind-email = e-mail
val-kind-visit = visite
val-kind-meeting = rendez-vous
val-kind-sms = SMS
val-kind-note = note
val-kind-saved = enregistré
val-kind-built-in = prédéfini
val-follow-up-open = à faire
val-follow-up-done = faite
val-action-grant = accord
val-action-withdraw = retrait
val-action-soft-opt-in = accord tacite
val-action-bounce = rejet
val-action-complaint = plainte
val-action-void = annulation
val-action-create = création
val-action-update = mise à jour
val-action-delete = suppression
val-sync-what-contact = fiche
val-sync-what-reminder = rappel
val-method-paper-form = formulaire papier
val-method-in-person = en personne
val-method-web-form = formulaire web
val-method-email-reply = réponse par e-mail
val-method-phone = téléphone
val-method-import = import
val-channel-email = e-mail
val-channel-sms = SMS
val-channel-phone = téléphone
val-channel-post = courrier
val-status-never-asked = jamais demandé
val-status-opted-in = accord
val-status-soft-opt-in = accord tacite
val-status-opted-out = refus
val-status-bounced = adresse en erreur
val-stage-won = gagnée
val-sign-name = nom
val-sign-email = e-mail
val-sign-phone = téléphone
val-stage-lost = perdue
val-stage-lead = piste
val-stage-qualified = qualifiée
val-stage-proposal = proposition
val-stage-negotiation = négociation
val-channel-shop = boutique
val-channel-market = marché
val-channel-online = en ligne
val-channel-fair = foire
msg-no-duplicates = aucun doublon probable
msg-duplicates = { $count ->
        [one] 1 contact ressemble
       *[other] { $count } contacts ressemblent
    } à un autre : vérifiez chacun avec `carnet contact merge GARDÉ AUTRE --dry-run` (ici `carnet contact merge id:{ $keep } id:{ $other } --dry-run`), puis fusionnez

## Au comptoir : imports, exports, fusions, avertissements
label-warning = attention :{" "}
msg-read-as = { $label } a été lu comme du texte { $encoding }
msg-unused-columns = colonnes non utilisées (ignorées) : { $names }
msg-contacts-dry-run = essai : { $count ->
        [one] 1 contact lu
       *[other] { $count } contacts lus
    } dans { $label } seraient ajoutés ; rien n'est écrit
msg-contacts-imported = { $count ->
        [one] 1 contact importé
       *[other] { $count } contacts importés
    } depuis { $label } (lot { $batch })
msg-update-dry-run = essai de { $label } : { $created } à créer, { $updated } à mettre à jour, { $unchanged } inchangés, { $ambiguous } ambigus ; rien n'est écrit
msg-update-ambiguous = les lignes ambiguës correspondent à plusieurs contacts : donnez-leur une ref, ou fusionnez d'abord ces contacts
msg-update-imported = { $label } importé (lot { $batch }) : { $created } créés, { $updated } mis à jour, { $unchanged } inchangés
msg-update-undo = `carnet import undo { $batch }` retirerait les { $created } créés ; les { $updated } mis à jour gardent leurs changements
msg-contacts-exported = { $count ->
        [one] 1 contact exporté
       *[other] { $count } contacts exportés
    } vers { $path }
msg-purchases-exported = { $count ->
        [one] 1 achat exporté
       *[other] { $count } achats exportés
    } vers { $path }
warn-after-today = le { $day } est après aujourd'hui ({ $today })
msg-backed-up = { $from } sauvegardé dans { $to } ({ $kb } Ko)
warn-contact-seals = l'historique des consentements de ce contact ne correspond plus à ses sceaux : { $problem } (voyez `carnet consent verify`)
msg-merge-plan = fusion du contact { $other } ({ $other_name }) dans { $keep } ({ $keep_name }) : { $purchases ->
        [one] 1 achat passe
       *[other] { $purchases } achats passent
    } ; champs complétés : { $fields } ; étiquettes ajoutées : { $tags }
warn-withdrawal-wins = un retrait le même jour l'emporte : { $channels } reste refusé ; si la personne a de nouveau accepté après son retrait, enregistrez-le avec --at un jour plus tard
warn-stage-unlisted = { $count ->
        [one] 1 affaire ouverte est
       *[other] { $count } affaires ouvertes sont
    } à l'étape `{ $stage }`, que la configuration ne liste pas : comptées à 0 % ; déplacez-les avec `carnet deal move N° ÉTAPE` ou ajoutez l'étape à deal_stages
msg-only-category = de la catégorie `{ $name }`
msg-only-channel = du canal `{ $name }`
msg-only-joiner = {" "}et{" "}
msg-only-purchases = seulement les achats { $what }
msg-category-renamed = catégorie `{ $old }` renommée en `{ $new }`
msg-category-merged = { $count ->
        [one] 1 achat déplacé
       *[other] { $count } achats déplacés
    } de `{ $from }` vers `{ $into }` ; `{ $from }` n'existe plus
msg-cycle-set = `{ $name }` se rachète { $cycle } : `carnet remind` liste qui est à relancer
msg-cycle-none = `{ $name }` n'a plus de cycle de renouvellement
msg-cycle-configured = note : la configuration fixe le cycle de `{ $name }` à { $cycle }, et l'emporte (voyez `carnet config path`)
warn-campaign-seals = l'historique des consentements ne correspond plus à ses sceaux ({ $problem }) : l'audience peut reposer sur des consentements modifiés ; voyez `carnet consent verify`
warn-close-past = la date de conclusion prévue est passée
warn-follow-up-past = la relance du { $day } est dans le passé : elle est due tout de suite
why-no-customers = aucun client au { $as_of } : le premier achat date du { $first }
why-no-purchases = aucun achat pour l'instant : enregistrez-en avec `carnet purchase add` ou `carnet purchase import`
why-no-category-by = aucun achat avec une catégorie jusqu'au { $as_of }
why-no-channels = aucun achat n'a encore de canal : donnez-en un avec `purchase add --channel` ou la colonne channel d'un import
prompt-try-again = { $what } ; réessayez
consent-by-channel = Consentements par canal (contacts)
consent-by-month = Événements par mois
consent-col-month = mois
consent-col-grants = accords
consent-col-withdrawals = retraits
default-unsubscribe = Pour ne plus recevoir ces messages, répondez STOP ou dites-le-nous en boutique.
vcard-unreadable = le fichier ne peut pas être lu
vcard-not-a-property = `{ $text }` n'est pas une propriété vCard (NOM:valeur)
vcard-unexpected-begin = BEGIN:{ $value } inattendu
vcard-outside = une propriété hors de BEGIN:VCARD … END:VCARD
vcard-no-name = cette fiche n'a ni FN ni N (pas de nom)
vcard-no-end = la fiche n'a pas de END:VCARD
prompt-name = Nom
prompt-email = E-mail
prompt-phone = Téléphone
err-no-answer = pas de réponse : { $why }
msg-config-header = # { $config } (base : { $db })
err-no-temp-name = impossible de trouver un nom temporaire libre à côté de { $path }
err-cannot-open = impossible d'ouvrir { $path } : { $why }
err-not-utf8-path = { $path } n'est pas un chemin UTF-8
why-clv-few-repeat = seuls { $repeat } clients sur { $customers } sont revenus : trop peu pour prédire les visites répétées (il en faut au moins { $min })
why-clv-no-time = tous les clients ont acheté pour la première fois le dernier jour : il n'y a pas de temps dont apprendre
why-clv-visits-no-fit = les visites ne suivent pas un schéma que le modèle sait ajuster (l'ajustement n'a pas convergé)
why-clv-few-spend = seuls { $count } clients ont des visites répétées d'un montant positif : trop peu pour modéliser la dépense par visite (il en faut au moins { $min })
why-clv-same-amount = toutes les visites répétées ont le même montant : la dépense par visite ne varie pas, elle ne peut donc pas être modélisée
why-clv-spend-no-fit = la dépense par visite ne suit pas un schéma que le modèle sait ajuster (l'ajustement n'a pas convergé)
why-clv-wild-spend = la dépense par visite varie trop pour avoir une moyenne finie (q = { $q } ≤ 1)
why-grant-method = un accord a besoin de sa méthode
why-grant-wording = un accord a besoin du texte accepté
why-not-channel = ni email, ni sms, ni phone, ni post
why-not-action = ni grant, ni withdraw, ni soft_opt_in
why-not-method = ni paper-form, in-person, web-form, email-reply, phone ou import
why-no-wording = aucun texte enregistré de ce nom
io-cannot-open-db = impossible de l'ouvrir comme base de données (vérifiez que c'est un fichier que vous pouvez lire et écrire)

## purchase import : profils, contenus, lignes qui ne sont pas des ventes
msg-import-profile = lu comme { $title } (profil `{ $name }`)
msg-import-guessed = colonne `{ $header }` lue comme { $role }, d'après son contenu
msg-import-dates-values = dates lues comme { $format } (un jour au-delà de 12 l'a établi)
msg-import-dates-locale = dates lues comme { $format } : chaque date du fichier se lit dans les deux sens, l'ordre de la boutique a donc décidé (date_format dans la configuration, ou --date-format, dit autrement)
msg-import-preview = { $day }  { $customer }  { $amount }
msg-import-preview-refund = { $day }  { $customer }  { $amount } (remboursement)
msg-import-walk-ins = { $count ->
        [one] 1 vente sans client, { $total }, n'a pas été importée
       *[other] { $count } ventes sans client, { $total }, n'ont pas été importées
    }
msg-import-not-sales = { $count ->
        [one] 1 ligne
       *[other] { $count } lignes
    } `{ $what }` : pas une vente, non importée(s)
msg-import-line-items = { $count ->
        [one] 1 ligne d'article a été comptée
       *[other] { $count } lignes d'article ont été comptées
    } dans l'achat de leur commande
msg-import-refunds = { $count ->
        [one] 1 remboursement, en montant négatif
       *[other] { $count } remboursements, en montants négatifs
    }
msg-import-total = achats lus : { $count }, pour un total de { $total }
import-bad-group = `{ $value }`, { $count } lignes (la première ligne { $line }, colonne { $col } ({ $name })) : { $why }
hint-channel-or-map = rien n'a été importé ; ajoutez le canal à sales_channels dans la configuration, ou écartez la colonne (--map "{ $header }=ignore")
err-not-channel = `{ $value }` n'est pas un canal de vente (les canaux sont : { $channels })
err-no-profile = aucun profil d'import ne s'appelle `{ $name }`
hint-profiles = les profils sont : { $names } (carnet purchase import --profiles)
profile-square = un export des transactions Square
profile-shopify = un export des commandes Shopify
profile-sumup = un export des transactions SumUp
profile-zettle = un export des reçus Zettle (PayPal)
profile-woocommerce = un export des commandes WooCommerce
profile-prestashop = un export des commandes PrestaShop
profile-caisse-fr = un export de caisse ou de tableur français
hint-import-date-format = rien n'a été importé ; les dates ont été lues comme { $spelling } : si elles sont écrites autrement, dites comment avec --date-format DD/MM/YYYY (ou MM/DD/YYYY, ou un motif strftime), ou réglez date_format dans la configuration
profile-square-items = un export du détail des articles Square
err-db-url = { $from } `{ $value }` est une URL { $scheme }, pas un fichier : carnet garde ses données dans un seul fichier SQLite et n'a pas encore de moteur { $scheme }
hint-db-url = donnez le chemin d'un fichier, par ex. --db ~/boutique.db (rien n'a été créé)
msg-consent-head = tête : { $head } (gardez-la ailleurs ; `carnet consent verify --head { $head }` vérifie que l'historique la prolonge toujours)
msg-consent-extends = l'historique prolonge ce que le témoin a vu
err-not-a-head = `{ $value }` n'est pas une tête d'historique des consentements
hint-not-a-head = donnez-la comme `consent verify` l'affiche : le nombre d'événements, deux-points et le dernier hachage (N:HACHAGE)
err-not-a-backup = { $path } n'est pas une sauvegarde de carnet
hint-not-a-backup = indiquez un fichier fait par `carnet backup`
err-suppressions-broken = la liste d'exclusion ne correspond plus à son sceau : { $what }
hint-suppressions-broken = les campagnes sont arrêtées jusqu'à réparation : restaurez la base depuis une sauvegarde (`carnet consent verify --against SAUVEGARDE` en vérifie une), puis lancez `carnet consent verify`
msg-backup-head = la copie témoigne de l'historique des consentements à { $head } (`carnet consent verify --against FICHIER` le vérifie plus tard)
err-not-db-file = { $path } n'est pas un fichier de base de données (c'est un périphérique, un tube ou une socket)
hint-not-db-file = faites pointer --db, CARNET_DB ou `db` dans la configuration vers un fichier carnet, par ex. ~/boutique.db
err-not-regular-file = { $path } n'est pas un fichier ordinaire (c'est un périphérique, un tube ou une socket)
hint-not-regular-file = indiquez un fichier enregistré sur le disque ; pour lire la sortie d'un programme, enregistrez-la d'abord dans un fichier
err-file-too-big = { $path } dépasse ce que carnet en lit ({ $max })
hint-file-too-big = vérifiez que c'est le bon fichier ; découpez une grosse importation en plusieurs fichiers
## Fichiers de contacts : fiches et lignes qui n'ont pas été prises telles quelles (ticket 23)
msg-card-named = ligne { $line } : une fiche sans nom, nommée « { $name } » d'après { $from ->
        [organisation] son organisation
        [nickname] son surnom
        [email] son e-mail
       *[phone] son téléphone
    }
msg-card-kept-in-notes = ligne { $line } ({ $name }) : gardé dans les notes, carnet ne pouvant pas s'en servir : { $values }
msg-card-merged = ligne { $line } ({ $name }) : la même personne que la ligne { $into }, fusionnée avec elle
msg-card-shares = ligne { $line } ({ $name }) : partage { $value } avec la ligne { $other } sous un autre nom ; les deux sont importées (`carnet contact duplicates` les liste)
msg-card-empty = ligne { $line } : une fiche sans nom, e-mail, téléphone ni organisation, laissée de côté
msg-dates-day-first = { $label } : dates à barres lues jour d'abord (JJ/MM/AAAA) ; --date-format MM/DD/YYYY si le mois vient d'abord
msg-dates-month-first = { $label } : dates à barres lues mois d'abord (MM/JJ/AAAA) ; --date-format DD/MM/YYYY si le jour vient d'abord
vcard-no-name-named = la fiche n'a pas de nom (elle serait nommée « { $name } » d'après { $from ->
        [organisation] son organisation
        [nickname] son surnom
        [email] son e-mail
       *[phone] son téléphone
    })
vcard-cannot-use = carnet ne peut pas se servir de { $values } (ce serait gardé dans les notes)
vcard-empty-card = la fiche n'a ni nom, ni e-mail, ni téléphone, ni organisation
hint-strict-cards = rien n'a été importé ; sans --strict, ces fiches sont prises (nommées, valeurs gardées dans les notes) et listées
err-vcard-version-needs-vcf = --vcard-version va avec --format vcf
err-not-a-date-label = `{ $value }` n'est pas un libellé de date (un mot ou quelques-uns, 30 caractères au plus, sans `=` ni `;`)
err-date-spec = `{ $value }` n'est pas une date clé : écrivez LIBELLÉ=DATE, comme `mariage=2027-06-12`
remind-key-dates = Dates clés
why-key-date = { $label }
why-key-date-years = { $label } ({ $years ->
        [one] 1 an
       *[other] { $years } ans
    })
ics-key-date = { $label } : { $name }
msg-date-set = contact { $id } : { $label } le { $date }
msg-date-removed = contact { $id } : { $label } retiré
err-no-such-date = le contact { $id } n'a pas de date libellée `{ $label }`
import-row-no-name = ce contact n'a pas de nom (donnez-lui un nom, ou un prénom ou un nom de famille)
hint-empty-cards = rien n'a été importé : { $count ->
        [one] sa fiche n'a
       *[other] ses { $count } fiches n'ont
    } ni nom, ni e-mail, ni téléphone, ni organisation (une photo seule ?)
## report cohorts
col-cohort = cohorte
col-cohorts = cohortes
col-by = par
col-as-of = au
col-revenue-per-customer = CA par client
col-churn-rate = taux d'attrition
col-median-lifetime = durée de vie médiane
period-month = mois
period-quarter = trimestre
cohort-title = Rétention par cohorte au { $date } : part de chaque cohorte venue à chaque période suivante
cohort-partial = * la période n'est pas finie. CA par client : net, de la première période de la cohorte à ce jour.
cohort-rates = Taux d'attrition (jamais revenus après leur première période) : { $churn }. Durée de vie médiane : { $median }.
cohort-months = { $count ->
    [one] { $count } mois
   *[other] { $count } mois
}
cohort-quarters = { $count ->
    [one] { $count } trimestre
   *[other] { $count } trimestres
}
cohort-median-beyond = plus de la moitié reviennent encore
err-since-after-as-of = --since est après --as-of
hint-since-as-of = donnez avec --since le jour de la première cohorte, au plus tard --as-of

## report dashboard
dashboard-written = Tableau de bord écrit dans { $path } ({ $bytes } octets). Ouvrez-le dans un navigateur ; il s'imprime sur A4.
dash-title = La boutique en un coup d'œil, au { $date }
dash-intro = Chaque chiffre est calculé à ce jour : les achats postérieurs sont ignorés. Survolez une marque pour lire son chiffre ; les tableaux sous les graphiques les donnent en texte.
dash-activity = Chiffre d'affaires et visites par mois
dash-revenue-chart = CA net par mois sur 24 mois, face au même mois un an plus tôt (pointillés)
dash-visits-chart = Visites par mois (jours d'achat d'un client) sur 24 mois, face à un an plus tôt (pointillés)
dash-new-returning = Clients par mois : nouveaux (première visite ce mois-là) et revenus
dash-this-period = ces 24 mois
dash-year-before = un an plus tôt
dash-new = nouveaux
dash-returning = revenus
dash-activity-rules = Une visite est un jour avec un achat d'un montant positif ; les remboursements baissent le CA mais ne sont pas des visites.
dash-cohorts = Rétention par cohorte
dash-cohort-chart = Part des nouveaux clients de chaque mois revenus chacun des mois suivants
dash-cohort-rows = premier mois (clients)
dash-cohort-columns = mois plus tard
dash-cohort-rules = Plus foncé, plus de clients reviennent ; +0 est le mois de la cohorte. Taux d'attrition : la part jamais revenue après son premier mois ; durée de vie médiane : le premier mois où la moitié ou moins reviennent encore (voir carnet report cohorts).
dash-no-customers = Aucun client à ce jour.
dash-rfm = RFM : récence et fréquence
dash-rfm-chart = Clients par score de récence (R, 5 = le plus récent) et de fréquence (F, 5 = le plus de visites), teintés par leur CA
dash-rfm-rows = récence
dash-rfm-columns = fréquence
dash-advice = que faire
dash-matrices = Valeur et rentabilité
dash-vm-chart = Matrice de valeur client : visites (lignes) face au panier moyen (colonnes), clients par case
dash-vm-rows = visites
dash-vm-columns = panier moyen
dash-profit-rows = valeur potentielle
dash-profit-columns = valeur actuelle
dash-high = haut
dash-low = bas
dash-profit-chart = Rentabilité : valeur potentielle (lignes) face à la valeur actuelle des 12 derniers mois (colonnes), clients par case
dash-matrices-rules = Chaque axe est coupé à sa moyenne (matrice de valeur, sur les clients actifs) ou à sa médiane (rentabilité). Les clients inactifs depuis trop longtemps sont hors de la matrice de valeur.
dash-clv = Valeur à vie
dash-clv-chart = Clients par valeur attendue sur les 52 prochaines semaines
dash-alive-chart = Clients par chance d'être encore client (P(actif))
dash-calls = Les clients qui valent un appel : la plus forte valeur attendue parmi ceux dont P(actif) est sous { $pct } %
dash-groups = Catégories et canaux
dash-categories-chart = CA par catégorie
dash-channels-chart = CA par canal de vente
dash-no-groups = Aucun achat ne dit ce qui a été acheté ni où : donnez aux achats une --category et un --channel.
dash-pipeline = Affaires en cours
dash-funnel-chart = Affaires ouvertes par étape (montant), en entonnoir
dash-forecast = Prévision pondérée des affaires ouvertes : { $amount }.
dash-campaigns = Campagnes
dash-campaigns-chart = CA supplémentaire de chaque campagne lancée face à son groupe témoin (30 jours)
dash-campaign = campagne
dash-lift = hausse des acheteurs
dash-extra-revenue = CA supplémentaire [intervalle]
dash-cost = coût
dash-verdict = verdict
dash-no-control = pas de groupe témoin
dash-no-campaigns = Aucune campagne lancée à ce jour.
dash-campaigns-rules = Hausse : le taux d'achat des destinataires moins celui du groupe témoin ; l'intervalle est à 95 %. ROI : (marge supplémentaire − coût) / coût.
dash-consent = Consentement par canal
dash-consent-chart = Contacts par canal et statut de consentement
dash-consent-rows = canal
dash-consent-columns = statut
dash-unavailable = Non affiché : { $why }
verdict-paid-for-itself = rentable
verdict-did-not-pay = pas rentable
verdict-cannot-tell-yet = impossible à dire encore
## campaign send
err-template-unknown-field = le message utilise {"{{"}{ $field }{"}}"}, que carnet ne connaît pas
hint-template-fields = champs qu'un message de `{ $name }` peut utiliser : { $fields }
err-template-missing-field = le message utilise {"{{"}{ $field }{"}}"} mais { $contact } n'en a pas : complétez la fiche ou retirez le champ du message (rien n'a été envoyé)
err-template-unclosed = le message a un {"{{"} sans son {"}}"}
err-sms-too-long = le SMS fait { $length } caractères avec sa mention STOP, plus que les { $max } permis (`[sms] max_length`)
hint-sms-shorter = raccourcissez le message, ou augmentez `[sms] max_length` si votre fournisseur envoie les messages longs en plusieurs parties
err-smtp-url = `[send] smtp = "{ $value }"` est inutilisable : { $why }
err-send-no-message = la campagne `{ $name }` n'a pas de message à envoyer
hint-send-no-message = créez la campagne avec `--message FICHIER` (un texte ou du HTML, `Subject: …` en première ligne)
err-send-channel = la campagne `{ $name }` passe par le canal { $channel } : carnet n'envoie que des emails et des SMS
hint-send-channel = pour le courrier et le téléphone, utilisez le fichier écrit par `campaign launch --out`
err-send-unreachable = le serveur est injoignable : { $why } ({ $sent } envoyés jusqu'ici, aucun perdu)
hint-send-again = relancez `carnet campaign send { $name }` pour reprendre là où l'envoi s'est arrêté
err-send-address = `{ $value }` n'est pas une adresse d'envoi ou de réponse valable
hint-send-config = voyez la section `[send]` du README : smtp, from, reply_to, CARNET_SMTP_PASSWORD
err-send-no-from = `[send] from` n'est pas réglé : un email a besoin d'un expéditeur, par exemple "Atelier Roux <bonjour@atelier-roux.fr>"
err-send-bad-recipient = `{ $value }` ({ $contact }) n'est pas une adresse email
err-send-password-command = la commande `[send] password_command` a échoué : { $value }
err-send-no-smtp = `[send] smtp` n'est pas réglé : carnet ne connaît pas le serveur de messagerie de la boutique
err-send-ca-file = `[send] ca_file` { $value } ne contient pas de certificat PEM
err-send-tls = impossible de mettre en place TLS : { $value }
err-send-no-password = le compte de messagerie `{ $value }` demande son mot de passe : réglez CARNET_SMTP_PASSWORD ou `[send] password_command`
err-send-refused = le message pour { $to } n'a pas été accepté : { $why }
err-sms-no-url = `[sms] url` n'est pas une adresse http(s) : `{ $value }`
hint-sms-config = voyez la section `[sms]` du README : exemples de fournisseurs et d'un téléphone Android servant de passerelle
err-sms-no-secret = le secret du fournisseur SMS manque : réglez la variable d'environnement { $var }
msg-send-dry-run = { $count ->
        [one] 1 message écrit
       *[other] { $count } messages écrits
    } dans { $dir } (rien n'a été envoyé)
msg-send-test = message de test envoyé à { $to } ({ $answer })
msg-send-done = campagne `{ $name }` : { $sent } envoyés maintenant, { $already } envoyés avant, { $skipped } non envoyés (consentement retiré, adresse en échec ou effacée depuis le lancement), { $failed } en échec, { $bounced } rejetés, { $deferred } différés, { $uncertain } incertains
warn-send-uncertain = { $count ->
        [one] 1 message est peut-être parti quand l'envoi a été interrompu : regardez dans le dossier Envoyés du compte ; `carnet campaign send { $name } --resend-uncertain` le renvoie
       *[other] { $count } messages sont peut-être partis quand l'envoi a été interrompu : regardez dans le dossier Envoyés du compte ; `carnet campaign send { $name } --resend-uncertain` les renvoie
    }
msg-send-resent = { $count ->
        [one] 1 message laissé incertain par un envoi interrompu est reparti
       *[other] { $count } messages laissés incertains par un envoi interrompu sont repartis
    }, avec le même Message-ID
err-send-broke = la connexion a été coupée pendant la remise du message à { $to } : { $why } ({ $sent } envoyés jusqu'ici ; celui-ci est peut-être parti et compte comme incertain)
hint-send-deferred = le serveur a demandé d'attendre pour certains messages : relancez `carnet campaign send { $name }` plus tard
err-unsubscribe-csv-columns = { $label } n'a pas de colonne d'email (`Email Address` dans les exports de Mailchimp, `EMAIL` dans ceux de Brevo)
hint-unsubscribe-csv-columns = donnez l'export des désinscrits ou des adresses nettoyées tel que le fournisseur l'a téléchargé, ou un CSV avec une colonne `email`
msg-unsubscribe-from = { $withdrawn } retraits, { $bounced } adresses en échec, { $already } déjà enregistrés, { $suppressed } adresses sans contact mises en liste d'opposition, { $ignored } messages qui ne sont ni une désinscription ni un rejet
why-not-email = n'est pas une adresse email
campaign-delivery = Envoyée par carnet : { $sent } envoyés, { $failed } en échec, { $bounced } rejetés, { $skipped } non envoyés (consentement retiré depuis le lancement), { $waiting } encore à envoyer, { $uncertain } incertains (peut-être partis lors d'un envoi interrompu) ; { $unsubscribed } désinscrits
remind-mail-subject = carnet : { $count ->
        [one] 1 chose
       *[other] { $count } choses
    } à faire le { $day }
msg-remind-mailed = récapitulatif envoyé à { $to } ({ $answer })

## Demandes de service (`carnet service`, `report service`)
err-no-service = aucune demande de service numéro { $id }
hint-see-service-ids = voyez les numéros avec `carnet service list --all`
err-service-status-builtin = `{ $name }` clôt une demande (`carnet service close`) : ce n'est pas un des états ouverts
err-service-no-ready = les états ouverts doivent comprendre `ready` (l'état qui prévient le client)
err-service-words-none = la liste est vide
err-service-word-blank = { $name } n'est pas un nom (vide, ou entouré d'espaces)
err-service-word-twice = `{ $name }` figure deux fois
err-service-close-with = clôturez la demande { $id } avec `carnet service close { $id } --{ $status }`
err-service-not-status = `{ $name }` n'est pas un état
err-service-not-kind = `{ $name }` n'est pas un type de demande
hint-service-statuses-are = les états sont : { $names } (configuration `[service] statuses`)
hint-service-kinds-are = les types sont : { $names } (configuration `[service] kinds`)
err-service-closed = la demande de service { $id } est déjà { $status }
hint-service-closed = une demande close le reste : ouvrez-en une nouvelle avec `carnet service add`
err-service-template-missing = le message utilise {"{{"}{ $field }{"}}"}, que cette demande n'a pas
hint-service-template = voyez `[service.messages] { $status }` dans la configuration (`carnet config show`)
err-service-what = une demande de service a besoin d'une description
hint-service-what = dites de quoi il s'agit : --what "Vélo Peugeot, freins"
service-ready-message = Bonjour { $first_name }, votre { $what } est prêt : vous pouvez venir le chercher à la boutique (demande { $id }).
service-mail-subject = Votre { $what } est prêt
err-service-no-message = il n'y a pas de message pour l'état `{ $status }`
err-service-no-way = impossible de joindre le client : pas d'e-mail avec `[send]` configuré, pas de téléphone avec `[sms]` configuré
hint-service-no-way = changez l'état sans --notify et transmettez le message vous-même, ou configurez `[send]` ou `[sms]` (voir le README)
err-service-consent = le client ne peut pas être contacté par { $channel } : { $why }
hint-service-consent = un message de service n'a pas besoin d'accord préalable, mais une opposition ou une adresse en erreur comptent : appelez plutôt le client
err-service-note-empty = la note est vide
err-service-close-before = la demande de service { $id } est arrivée le { $day } : elle ne peut pas se clore avant
why-service-late = demande { $id } « { $what } » ({ $status }, arrivée le { $day }) était promise
why-service-collect = demande { $id } « { $what } » prête depuis le { $day }, pas encore retirée
why-service-complaint = réclamation { $id } « { $what } » du { $day } sans réponse
remind-service-late = Demandes de service en retard sur leur date promise
remind-service-collect = Prêtes, en attente de retrait
remind-service-complaints = Réclamations sans réponse
ics-service-late = Demande de service en retard : { $name }
ics-service-collect = À retirer : { $name }
ics-service-complaint = Réclamation à traiter : { $name }
service-history-opened = { $day } arrivée ({ $status })
service-history-note = { $day } note : { $note }
warn-promised-past = la date promise est avant le jour d'arrivée
msg-service-opened = demande de service { $id } ouverte : { $what } pour { $name }
msg-no-service = aucune demande de service
msg-service-already-in = la demande de service { $id } est déjà { $status }
msg-service-moved = demande de service { $id } : { $from } → { $to }
msg-service-sent = demande de service { $id } : le message est parti vers { $to } ({ $answer })
msg-service-to-send = Message à envoyer à { $name } ({ $reach }) :
msg-service-noted = note ajoutée à la demande de service { $id }
msg-service-collected = demande de service { $id } retirée, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après son arrivée
msg-service-cancelled = demande de service { $id } annulée
msg-service-purchase = ; achat { $purchase } enregistré ({ $amount })
warn-service-status-unlisted = { $count } demandes ouvertes sont à l'état `{ $status }`, qui n'est plus dans `[service] statuses`
service-report-open = Demandes ouvertes par état (âge en jours, à ce jour)
service-report-closed = Demandes closes du { $since } au { $until }, par type
service-report-complaints = Réclamations pour 100 clients, par mois
val-status-received = reçue
val-status-in-progress = en cours
val-status-waiting-parts = attente de pièces
val-status-waiting-customer = attente du client
val-status-ready = prête
val-status-collected = retirée
val-status-cancelled = annulée
val-kind-repair = réparation
val-kind-alteration = retouche
val-kind-order = commande à retirer
val-kind-complaint = réclamation
val-kind-other = autre
col-what = objet
col-opened = arrivée
col-promised = promise
col-quote = devis
col-charge = facturé
col-ready-on = prête le
col-closed-on = close le
col-days = jours
col-up-to-7-days = 7 jours ou moins
col-days-8-to-30 = 8 à 30 jours
col-over-30-days = plus de 30 jours
col-median-age-days = âge médian (jours)
col-oldest-days = la plus ancienne (jours)
col-collected = retirées
col-cancelled = annulées
col-median-turnaround-days = délai médian (jours)
col-on-time = à temps
col-on-time-share = part à temps
col-complaints = réclamations
col-per-100-customers = pour 100 clients
col-sent-by = envoyé par
col-sent-to = envoyé à
## Satisfaction et carte de fidélité (issue 30)
err-satisfaction-score = `{ $value }` n’est pas une note de l’échelle { $scale } : écrivez un nombre entier de { $low } à { $high }
err-satisfaction-about = `{ $value }` n’est pas un sujet de réponse : écrivez service:N (le numéro d’une demande de service)
err-satisfaction-future = ce jour n’est pas encore venu : une réponse, ou une carte, commence aujourd’hui au plus tard
err-satisfaction-scale = l’échelle est nps (0 à 10) ou 5 (1 à 5)
err-satisfaction-empty = { $label } ne contient aucune réponse : rien n’a été enregistré
msg-satisfaction-added = réponse de { $name } enregistrée : { $score } (réponse { $id })
warn-satisfaction-call-back = { $name } est mécontent·e : `carnet remind` le rappelle tant qu’aucun échange n’est noté avec cette personne
msg-satisfaction-imported = { $count ->
        [one] 1 réponse enregistrée
       *[other] { $count } réponses enregistrées
    }
msg-no-satisfaction = aucune réponse sur cette période
satisfaction-figure = { $value } ({ $low } à { $high }), { $count ->
        [one] 1 réponse
       *[other] { $count } réponses
    }
satisfaction-small = {" "}: trop peu pour conclure
satisfaction-all = toutes
satisfaction-legend = NPS = % de promoteurs (9–10) − % de détracteurs (0–6) ; moyenne = celle de l’échelle 1–5 ; entre parenthèses l’intervalle à 95 %. Sous 30 réponses, un chiffre bouge beaucoup à chaque réponse.
col-nps = NPS
col-promoters = promoteurs
col-detractors = détracteurs
col-mean-score = moyenne (1–5)
crit-loyalty = case de fidélité { $list }
err-loyalty-cell = `{ $value }` n’est pas une case de la matrice de fidélité : true, latent, spurious, none ou no_answer
loyalty-matrix-title = La matrice de fidélité (Dick & Basu) au { $date }
loyalty-matrix-legend = Attitude : la dernière réponse, haute pour 9–10 (NPS) ou 4–5 (échelle 1–5). Fréquentation : le score F du RFM, haute pour 4–5. Les clients qui n’ont jamais répondu sont comptés à part.
loyalty-advice-true = les garder : les remercier, leur demander recommandations et avis
loyalty-advice-latent = ils vous aiment mais viennent peu : donnez-leur des raisons de venir (événements, rappels)
loyalty-advice-spurious = ils viennent sans être attachés : à risque le jour où un concurrent ouvre ; demandez ce qu’il faut améliorer
loyalty-advice-none = ni attachés ni réguliers : contacts peu coûteux seulement
loyalty-advice-no-answer = leur demander : un court questionnaire après leur prochaine visite
loyalty-true = vraie fidélité
loyalty-latent = fidélité latente
loyalty-spurious = fidélité factice
loyalty-none = pas de fidélité
loyalty-noanswer = sans réponse
err-loyalty-off = il n’y a pas de carte de fidélité : la configuration n’a pas de programme [loyalty]
hint-loyalty-config = ajoutez à la configuration : [loyalty] programme = "points", points_per_euro = 1, rewards = [{"{"} points = 100, reward = "5 € de remise", value = 5.0 {"}"}]
err-loyalty-no-reward = aucune récompense nommée { $value }
hint-loyalty-rewards = les récompenses sont : { $names }
err-loyalty-short = pas assez de points pour { $reward } : il en faut { $points }, le solde est de { $balance } (il en manque { $missing })
err-loyalty-not-member = { $name } n’a pas la carte de fidélité
hint-loyalty-join = donnez-la-lui d’abord : carnet loyalty join id:{ $id }
loyalty-balance = { $points ->
        [one] 1 point
       *[other] { $points } points
    }
loyalty-next = {" "}; prochaine récompense : { $reward }, encore { $missing } points
loyalty-all-rewards = {" "}; toutes les récompenses sont à portée
msg-loyalty-joined = le contact { $id } a la carte de fidélité.
msg-loyalty-already = le contact { $id } avait déjà la carte de fidélité.
msg-loyalty-redeemed = récompense { $reward } utilisée ({ $points } points)
msg-loyalty-no-history = aucun point gagné ni dépensé pour l’instant
msg-loyalty-no-redemptions = aucune récompense utilisée pour l’instant
loyalty-report = { $members ->
        [one] 1 membre
       *[other] { $members } membres
    }, dont { $holders } avec des points ; { $points } points en circulation ; { $redemptions ->
        [one] 1 récompense utilisée
       *[other] { $redemptions } récompenses utilisées
    }
loyalty-liability = ce que valent les points en circulation : { $amount }
loyalty-visits = { $value } visites par an ({ $low } à { $high }, { $count } clients)
loyalty-no-customers = aucun client
loyalty-compare = Membres (inscrits depuis un an ou plus) : { $members } ; autres : { $others }.
loyalty-self-selection = Prudence : les clients choisissent d’adhérer, et ceux qui viennent déjà souvent adhèrent plus volontiers ; l’écart montre qui adhère autant que ce que fait la carte.
loyalty-card = Carte de fidélité
remind-call-back = Clients mécontents à rappeler
ics-call-back = Rappeler : { $name }
why-call-back = a répondu { $score } sur { $scale } le { $day } ; notez un échange une fois l’appel passé
why-call-back-comment = a répondu { $score } sur { $scale } le { $day } : « { $comment } » ; notez un échange une fois l’appel passé
col-satisfaction-score = satisfaction
col-satisfaction-scale = échelle
col-satisfaction-date = répondu le
col-loyalty-points = points de fidélité
col-loyalty-next-reward = prochaine récompense
col-loyalty-points-to-next = points manquants
col-scale = échelle
col-about = sujet
col-comment = commentaire
col-passives = passifs
col-small-sample = petit échantillon
col-last-answer = dernière réponse
col-change = mouvement
col-points = points
col-balance = solde
col-reward = récompense
col-joined = adhésion
col-redemptions = récompenses utilisées
col-figure = chiffre
demo-loyalty =
    {""}
    Ses clients ont répondu à un questionnaire (carnet report satisfaction, carnet report loyalty-matrix)
    et certains ont une carte de fidélité ; pour voir leurs points, ajoutez à la configuration (carnet config path) :
      {"["}loyalty]
      programme = "points"
      points_per_euro = 1
      rewards = [{"{"} points = 200, reward = "10 € de remise", value = 10.0 {"}"}]
val-loyalty-change-earned = gagnés
val-loyalty-change-refund = remboursement
val-loyalty-change-redeemed = utilisés
val-loyalty-change-expired = expirés
col-redemption-id = n° récompense
## The config file's errors (config_errors.rs)
err-in-config-at = dans la configuration { $path }, { $place } : { $what }
config-place = ligne { $line }, colonne { $column }
config-place-key = ligne { $line }, colonne { $column }, clé `{ $key }`
config-unknown-key = clé inconnue `{ $key }` ; les clés acceptées ici : { $keys }
config-no-keys = aucune
config-unknown-value = valeur inconnue `{ $value }` ; les valeurs acceptées : { $values }
config-missing-key = la clé `{ $key }` manque
config-wrong-type = valeur de mauvais type : { $found } ; attendu : { $expected }
config-found-text = le texte { $value }
config-found-whole = le nombre entier { $value }
config-found-decimal = le nombre décimal { $value }
config-found-bool = le booléen { $value }
config-found-list = une liste
config-found-table = une table
config-type-whole = un nombre entier
config-type-decimal = un nombre
config-type-text = un texte entre guillemets
config-type-bool = true ou false
config-type-char = un seul caractère
config-type-list = une liste entre crochets
config-type-table = une table de clés

## Companies as contacts
err-no-company = aucune société nommée { $key }
hint-no-company = une société se crée par `contact add --name NOM --kind company`, ou par le --company d'une personne ; `contact list --search NOM` trouve les contacts de ce nom
err-company-exists = une société nommée { $name } existe déjà (contact { $id })
hint-company-exists = affichez-la avec `carnet contact show { $id }` ; une personne la rejoint avec `--company`
why-no-company-purchases = aucune société n'a encore rien acheté : une société se crée par `contact add --kind company` ou le --company d'une personne, et ses achats comme ceux de ses personnes comptent pour elle
val-contact-kind-person = personne
val-contact-kind-company = société

## Slipping away, kept until a visit or an interaction
why-slipping-since = revient d'habitude tous les { $gap } jours ; dernière visite le { $day }, il y a { $days } jours ; s'éloigne depuis le { $since }
segment-slipping-away = Clients qui s'éloignent
crit-slipping-away = s'éloignent (un habitué pas revenu après `slipping_factor` × son écart habituel, sans nouvelles de la boutique depuis)
msg-population-refreshed = { $customers ->
        [one] 1 client placé
       *[other] { $customers } clients placés
    } parmi les autres au { $day } : les fiches des contacts lisent ces chiffres jusqu'au prochain import ou rafraîchissement
# carnet sync (CardDAV/CalDAV)
sync-note-visits = { $count ->
        [one] 1 visite
       *[other] { $count } visites
    }
sync-note-last-visit = dernière visite le { $day }
sync-note-follow-up = relance le { $day } : { $what }
sync-contacts-added = { $count ->
        [one] 1 contact ajouté
       *[other] { $count } contacts ajoutés
    }
sync-contacts-updated = { $count ->
        [one] 1 contact mis à jour
       *[other] { $count } contacts mis à jour
    }
sync-contacts-deleted = { $count ->
        [one] 1 contact supprimé
       *[other] { $count } contacts supprimés
    }
sync-reminders-added = { $count ->
        [one] 1 rappel ajouté
       *[other] { $count } rappels ajoutés
    }
sync-reminders-updated = { $count ->
        [one] 1 rappel mis à jour
       *[other] { $count } rappels mis à jour
    }
sync-reminders-deleted = { $count ->
        [one] 1 rappel supprimé
       *[other] { $count } rappels supprimés
    }
msg-sync-dry-run = essai : { $count ->
        [one] 1 changement listé
       *[other] { $count } changements listés
    }, rien n'a été envoyé
msg-sync-new-on-server = { $count ->
        [one] 1 fiche du serveur n'a pas été déposée par carnet (créée sur un téléphone ?)
       *[other] { $count } fiches du serveur n'ont pas été déposées par carnet (créées sur un téléphone ?)
    } : `carnet contact import` prend les vCards affichées
msg-forget-sync = la prochaine `carnet sync` supprimera la fiche et les rappels de cette personne du serveur de synchronisation (carnet n'en garde que les identifiants d'ici là)
err-sync-not-configured = aucun serveur de synchronisation n'est réglé
hint-sync-config = réglez `[sync] carddav = "https://…/addressbooks/shop/"` et/ou `caldav = "https://…/calendars/shop/"`, avec `username`, dans le fichier de configuration (`carnet config path`) ; voyez `carnet sync` dans le README
err-sync-no-collection = aucun { $what ->
        [calendar] calendrier
       *[other] carnet d'adresses
    } n'est réglé pour la synchronisation
err-sync-bad-url = l'adresse de synchronisation `{ $url }` est inutilisable : { $why }
err-sync-unreachable = le serveur de synchronisation { $url } est injoignable : { $why }
hint-sync-resume = rien n'est perdu : ce qui a été envoyé est noté, et la prochaine `carnet sync` reprend là où celle-ci s'est arrêtée
err-sync-auth = le serveur de synchronisation a refusé l'identifiant ou le mot de passe (HTTP { $status } de { $url })
hint-sync-auth = vérifiez `[sync] username`, et le mot de passe dans CARNET_SYNC_PASSWORD ou affiché par `[sync] password_command`
err-sync-password-command = la commande `[sync] password_command` a échoué : { $value }
err-sync-not-collection = { $url } n'est pas { $what ->
        [calendar] un calendrier
       *[other] un carnet d'adresses
    }, et aucun n'a été trouvé à partir de là
hint-sync-not-collection = donnez l'adresse propre { $what ->
        [calendar] du calendrier
       *[other] du carnet d'adresses
    } (le serveur l'affiche), ou l'adresse racine du serveur pour que carnet le trouve
err-sync-tls = la connexion sécurisée à { $url } a échoué : { $why }
hint-sync-tls = vérifiez l'adresse (https avec un certificat valide) ; rien n'a été envoyé au-delà de ce point
err-sync-http = le serveur de synchronisation { $url } a répondu : { $why }
err-sync-conflicts = { $count ->
        [one] 1 élément a été modifié
       *[other] { $count } éléments ont été modifiés
    } sur le serveur depuis leur envoi par carnet, et laissés tels quels : { $uids }
hint-sync-conflicts = carnet fait foi : `carnet sync --overwrite` les remplace par la version de carnet
err-sync-report-new-contacts = --report-new liste les nouvelles fiches du carnet d'adresses : il ne va pas avec --calendar
col-uid = uid
err-sync-forbidden = le serveur de synchronisation a refusé l'accès à { $url } (HTTP 403)
hint-sync-forbidden = l'identifiant et le mot de passe ont été acceptés, mais cette adresse n'est pas la leur : vérifiez l'URL (le serveur montre celle de chaque carnet d'adresses et calendrier)
## Deux moteurs : PostgreSQL
err-db-duplicate = c'est déjà enregistré : une valeur qui doit être unique est prise
hint-db-duplicate = regardez ce qui est déjà là (quelqu'un vient peut-être de l'ajouter), puis réessayez
err-pg-lost = la connexion au serveur PostgreSQL a été perdue
hint-pg-lost = vérifiez le serveur et le réseau, puis réessayez
err-pg-connect = impossible de joindre la base PostgreSQL { $url } : { $why }
hint-pg-connect = vérifiez que le serveur tourne, et l'hôte, le port, l'utilisateur et la base de l'adresse ; un mot de passe vient de PGPASSWORD ou de ~/.pgpass, jamais de la configuration de carnet
err-pg-url = { $url } n'est pas une adresse PostgreSQL que carnet peut utiliser : { $why }
hint-pg-url = écrivez-la postgres://UTILISATEUR@HÔTE/BASE, ou postgresql://UTILISATEUR@/BASE?host=/run/postgresql pour une socket unix
err-pg-newer-schema = la base PostgreSQL { $url } a été écrite par un carnet plus récent (schéma { $version } ; celui-ci connaît jusqu'au { $latest })
err-pg-foreign = la base PostgreSQL { $url } contient des tables qui ne sont pas à carnet
hint-pg-foreign = indiquez avec --db une base vide, ou une base que carnet a créée
pg-why-refused = le serveur a refusé cet utilisateur ou ce mot de passe
pg-why-no-database = le serveur n'a pas de base de ce nom
pg-why-busy = le serveur n'a plus de connexion libre
pg-why-timeout = pas de réponse dans le délai de connexion
pg-why-unreachable = aucun serveur ne répond à cette adresse
msg-db-copied = { $rows } lignes copiées dans { $tables } tables vers { $to } ; le nombre de lignes et la somme de contrôle de chaque table concordent, et l'historique des consentements se vérifie
err-db-copy-not-empty = { $to } contient déjà des contacts ou des achats : une copie ne va que dans une base vide
err-db-copy-same = une copie va d'un moteur à l'autre (d'un fichier SQLite vers PostgreSQL, ou l'inverse)
err-db-copy-differs = la copie de la table { $table } ne correspond pas à l'original ; rien n'a été écrit
err-db-copy-chain = l'historique des consentements copié ne se vérifie pas ({ $what }) ; rien n'a été écrit
hint-db-copy = copiez dans une base neuve et vide (un nouveau fichier, ou une base PostgreSQL que carnet n'a pas encore utilisée)
err-pg-tls-no-root = sslmode={ $mode } vérifie le certificat du serveur : carnet a besoin du certificat de l'autorité qui l'a signé
hint-pg-tls-no-root = indiquez-le par sslrootcert=FICHIER dans l'adresse (ou PGSSLROOTCERT, ou placez-le dans ~/.postgresql/root.crt) ; sslrootcert=system fait confiance aux autorités publiques
err-pg-tls-root-unreadable = impossible de lire le certificat racine { $path }
err-pg-tls-root-empty = { $path } ne contient aucun certificat utilisable par carnet (PEM, « -----BEGIN CERTIFICATE----- »)
pg-why-no-password = le serveur demande un mot de passe et aucun n'a été donné
pg-why-tls-refused = le serveur ne propose pas TLS, que l'adresse exige
pg-why-tls-untrusted = le certificat du serveur n'est pas signé par une autorité à laquelle carnet doit faire confiance
pg-why-tls-name = le certificat du serveur n'est pas établi pour ce nom d'hôte
pg-why-tls-expired = le certificat du serveur a expiré ou n'est pas encore valable
pg-why-tls-failed = la connexion chiffrée (TLS) n'a pas pu être établie
hint-pg-password = vérifiez l'utilisateur dans l'adresse, et le mot de passe dans PGPASSWORD ou ~/.pgpass (hôte:port:base:utilisateur:mot de passe) ; carnet n'en conserve jamais
hint-pg-no-database = créez-la (createdb -O UTILISATEUR NOM), ou corrigez le nom de la base dans l'adresse
hint-pg-tls-refused = activez TLS sur le serveur (ssl = on dans postgresql.conf) ou, seulement sur un réseau de confiance, connectez-vous avec sslmode=prefer
hint-pg-tls-untrusted = donnez le certificat de l'autorité qui a signé celui du serveur : sslrootcert=FICHIER dans l'adresse ou PGSSLROOTCERT (l'administrateur du serveur l'a)
hint-pg-tls-name = connectez-vous par un nom que porte le certificat (l'administrateur du serveur sait lequel), ou ne vérifiez que l'autorité avec sslmode=verify-ca
hint-pg-tls-failed = vérifiez les réglages TLS du serveur et la date de cette machine

## Qui peut faire quoi sur une base PostgreSQL partagée (`db grant`, `db roles`).
err-roles-owner-only = vous ne pouvez pas { $action } sur cette base : il faut le rôle de propriétaire
hint-roles-owner-only = demandez au propriétaire de la boutique de le faire, ou de lancer `carnet db grant { $user } --owner`
err-roles-denied = vous ne pouvez pas lire ni modifier cela sur cette base (droit refusé sur { $object })
hint-roles-denied = votre rôle dans la base n'a pas ce droit : demandez au propriétaire de la boutique (`carnet db roles` dit qui est personnel et qui est propriétaire)
err-roles-upgrade = la base { $url } doit être mise à jour, ce que seul le propriétaire peut faire
hint-roles-upgrade = demandez au propriétaire de la boutique d'y lancer carnet une fois (son carnet la met à jour), puis réessayez
err-roles-name = `{ $value }` n'est pas un nom de connexion que carnet peut utiliser
hint-roles-name = utilisez des lettres, des chiffres, _, . ou - (en commençant par une lettre), 63 caractères au plus ; ni pg_… ni les rôles de groupe de carnet
err-roles-sqlite = les rôles appartiennent à un serveur PostgreSQL : { $path } est un fichier SQLite, dont le contrôle d'accès est ses droits de fichier
hint-roles-sqlite = donnez à chacun l'accès au fichier lui-même (son propriétaire et ses droits), ou passez la boutique sur un serveur avec `carnet db copy --to postgres://…`
err-roles-not-member = { $name } n'est ni personnel ni propriétaire de cette base
hint-roles-list = `carnet db roles` dit qui l'est
err-roles-schema = les tables de carnet sont dans le schéma { $schema }, que les GRANT des rôles ne peuvent pas nommer
msg-db-granted = { $name } est désormais { $role ->
        [owner] propriétaire
       *[staff] personnel
    } de cette base (rôle { $group })
msg-db-login-created = connexion { $name } créée sans mot de passe : définissez-le avec \password { $name } dans psql, ou laissez l'authentification du serveur l'admettre
msg-db-revoked = { $name } n'est plus personnel ni propriétaire de cette base
role-action-privacy-export = exporter tout ce qui concerne une personne
role-action-forget = effacer des personnes
role-action-export = exporter des personnes
role-action-copy = copier toute la base
role-action-sync = envoyer les contacts vers un téléphone
role-action-delete = supprimer des enregistrements
role-action-merge = fusionner des contacts
role-action-import = importer
role-action-undo-import = annuler un import
role-action-campaign = préparer, lancer ou envoyer des campagnes
role-action-wording = ajouter des formulations de consentement
role-action-roles = gérer qui peut faire quoi
col-role = rôle
col-login = connexion
err-roles-admin-only = vous ne pouvez pas gérer qui peut faire quoi sur cette base : il faut un superutilisateur ou un rôle qui peut créer des rôles (CREATEROLE)
hint-roles-admin-only = demandez à l'administrateur du serveur (ou au propriétaire de la boutique, connecté en administrateur de la base) de le faire

# Qui a enregistré une ligne (`recorded_by`) : la colonne et la fin d'une ligne.
col-recorded-by = par
recorded-by = par { $who }
col-last-purchase-by = dernier achat par
col-consent-by = consentement enregistré par
