# L'aide de carnet (--help) en français.

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
help-cmd-tag = Les étiquettes de la boutique : combien de contacts portent chacune ; en renommer ou en fondre une partout
help-sub-tag-list = Toutes les étiquettes, avec le nombre de contacts qui les portent, les plus courantes d’abord
help-sub-tag-rename = Écrire une étiquette autrement, sur chaque contact et chaque segment enregistré
help-sub-tag-merge = Mettre tous les contacts d’une étiquette sous une autre, et supprimer la première
flag-tag-rename-from = L’étiquette telle qu’elle est
flag-tag-rename-to = Sa nouvelle écriture
flag-tag-merge-from = L’étiquette qui disparaît
flag-tag-merge-into = L’étiquette qui reçoit ses contacts
help-cmd-man = Écrire la page de manuel (roff), de carnet ou d’une de ses commandes
flag-man-command = Une commande (`contact`, `report`) : sa propre page
help-flag-db = Le fichier de la base (passe avant CARNET_DB et la configuration)
help-flag-format = Format de sortie : table pour les personnes, json ou csv pour les scripts, vcf, ics, ou xlsx (un classeur)
help-flag-quiet = N’écrire aucun message sur stderr
help-flag-lang = La langue des tableaux et des messages : en ou fr
help-flag-excel = CSV pour un tableur français : marque d’ordre des octets, ; entre les champs, virgule décimale
help-flag-no-pager = Ne jamais paginer les sorties longues
help-flag-color = Couleurs : auto (sur un terminal, sauf si NO_COLOR est défini), always ou never

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
help-global-options = Options globales
help-sub-text-add = Garder un texte depuis un fichier (le même texte deux fois n’est gardé qu’une fois)
help-sub-text-list = Les textes gardés
help-flag-help = Afficher l’aide
help-examples = Exemples :

## Les lignes d'aide des options et arguments de chaque commande
flag-birthday = MM-DD, ou AAAA-MM-JJ quand l'année est connue ; JJ/MM et JJ/MM/AAAA en français (voyez `date_format` dans la configuration)
flag-ref = Le numéro client de la boutique (gardé comme texte : 007 reste 007)
flag-email-type = Le type de l'e-mail principal : home, work, other…
flag-phone-type = Le type du téléphone principal : cell, home, work…
flag-add-email = Un e-mail de plus, avec son type entre parenthèses si vous voulez : "paul@atelier.fr (work)" (à répéter ; le premier e-mail est le principal)
flag-add-phone = Un numéro de plus : "04 78 00 00 00 (home)" (à répéter)
flag-contact-add-tags = Une étiquette (à répéter pour plusieurs)
flag-contact-add-name = Le nom, comme vous le dites : « Hélène Dupont », « Atelier Roux »
flag-contact-add-email = L’e-mail principal (d’autres avec --add-email)
flag-contact-add-phone = Le téléphone principal, écrit comme vous voulez : « 06 12 34 56 78 », « +33 6 12 34 56 78 » (d’autres avec --add-phone)
flag-contact-add-company = L’entreprise où la personne travaille, ou qu’elle est
flag-contact-add-street = Rue et numéro
flag-contact-add-postcode = Code postal
flag-contact-add-city = Ville
flag-contact-add-country = Pays
flag-contact-add-notes = Des notes libres
flag-contact-edit-name = Le nom, comme vous le dites : « Hélène Dupont », « Atelier Roux »
flag-contact-edit-email = L’e-mail principal (d’autres avec --add-email)
flag-contact-edit-phone = Le téléphone principal, écrit comme vous voulez : « 06 12 34 56 78 », « +33 6 12 34 56 78 » (d’autres avec --add-phone)
flag-contact-edit-company = L’entreprise où la personne travaille, ou qu’elle est
flag-contact-edit-street = Rue et numéro
flag-contact-edit-postcode = Code postal
flag-contact-edit-city = Ville
flag-contact-edit-country = Pays
flag-contact-edit-notes = Des notes libres
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
flag-purchase-import-date-format = Comment les dates sont écrites : DD/MM/YYYY, MM/DD/YYYY, ou un motif strftime (sinon : celui du profil, ou établi par les valeurs du fichier)
flag-purchase-import-map = Dire quel en-tête est quelle colonne : "Code client=customer,Montant TTC=amount,Canal=ignore"
flag-purchase-import-profile = Lire le fichier avec ce profil (voir --profiles) au lieu de le reconnaître
flag-purchase-import-profiles = Lister les profils que carnet connaît (intégrés et ceux de la configuration), puis s'arrêter
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
flag-remind-within = Regarder aussi loin devant : 3d, 1w (par défaut : aujourd’hui ; 60d avec --format ics)
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
flag-active-days = La fenêtre d'activité en jours, jusqu'à 100 ans (par défaut : value_matrix.active_days de la configuration)
flag-include-inactive = Garder chaque client dans la matrice, quelle que soit la date de son dernier achat
flag-report-value-matrix-customers = Une ligne par client au lieu de la matrice
flag-report-pareto-since = Premier jour de la période (par défaut : le premier achat)
flag-report-pareto-until = Dernier jour de la période (par défaut : aujourd'hui)
flag-report-pareto-customers = Une ligne par client avec son chiffre d'affaires, sa part cumulée et sa classe ABC
flag-report-pareto-category = Seulement les achats de cette catégorie (voyez `carnet purchase categories list`)
flag-report-pareto-channel = Seulement les achats faits sur ce canal de vente (shop, market, online…)
flag-report-pipeline-since = Début de la période du taux de réussite (par défaut : 365 jours avant --until)
flag-report-pipeline-until = Fin de la période du taux de réussite (par défaut aujourd'hui)
flag-by-month = Des lignes par mois de clôture prévue au lieu de par étape
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
flag-demo-customers = Combien de clients (de 1 à 1 000 000)
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
    Chaque événement porte une empreinte qui couvre celui d'avant, sa preuve et le
    lien vers elle, son texte et le contact pour qui il a été enregistré ; la liste
    d'exclusion est une chaîne à part qui part de sa clé. verify les recalcule et
    nomme la première chose qui ne correspond plus (sortie 1). Il affiche la tête
    (événements:dernière empreinte) : couper les derniers événements ne se voit que
    face à un témoin, alors gardez la tête ailleurs (--head) ou gardez des
    sauvegardes (--against). Il ne peut pas arrêter quelqu'un qui recalcule toutes
    les empreintes.

    Exemples :
      carnet consent verify
      carnet consent verify --against ~/backups/shop-2026-12-01.db
      carnet consent verify --head 42:5f1c…
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
    L'outil qui a écrit le fichier est reconnu à son en-tête : un export SumUp,
    Zettle, Square, Shopify, WooCommerce ou PrestaShop, ou une caisse ou un tableur
    français (N° client;Client;Date;Montant TTC), chacun lu comme cet outil
    l'entend : quelle colonne est le client, quelles lignes sont des ventes, des
    remboursements (rendus négatifs), les articles d'une commande, ou pas des
    ventes. --profiles les liste, --profile NOM en nomme un, et une boutique écrit
    le sien dans la configuration ([import.profiles.NOM]). Les autres fichiers ont
    besoin d'un en-tête qui nomme le client, la date et le montant, en anglais ou
    en français (customer_id / n° client, date / date de vente, amount / montant
    TTC) ; ce que les noms ne disent pas, le contenu peut le dire (des e-mails qui
    varient sont le client, une colonne d'argent le montant). Un jour au-delà de 12
    établit l'ordre des dates à barres obliques, sinon le date_format de la
    configuration ou le pays de la boutique. Les ventes sans client sont comptées,
    pas importées. Le séparateur et l'encodage sont détectés. Une ligne incorrecte
    fait refuser tout le fichier ; les erreurs identiques sont regroupées.

    Exemples :
      carnet purchase import transactions.csv --dry-run
      carnet purchase import --profiles
      carnet purchase import caisse.csv --map "Code client=customer,Canal=ignore"
help-after-remind =
    Ce qu'il liste : les relances ouvertes dues (et en retard), les affaires dont
    la clôture prévue est passée, les contacts qui ont dépassé leur rythme
    (contact edit --every 60d), les clients à renouveler, les habitués qui
    s'éloignent, les anniversaires des prochains jours (configuration
    remind.birthday_days, 7 par défaut), et les demandes de service en retard,
    prêtes mais pas retirées, ou les réclamations sans réponse.

    Exemples :
      carnet remind                          # le point du jour ; muet sinon
      carnet remind --within 7d              # regarder une semaine devant
      carnet remind --format ics > carnet.ics   # un agenda pour votre téléphone (60 prochains jours)
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
help-subcommand-help = Afficher ce message ou l’aide des sous-commandes données
help-value-color-auto = sur un terminal, sauf si NO_COLOR est défini
help-value-format-ics = iCalendar, pour `remind`
help-value-format-vcf = vCard, pour les exports de contacts
help-value-format-xlsx = un classeur Excel, vers `--out FICHIER.xlsx` ou `> FICHIER.xlsx`
help-value-frequency-basis-days = jours d'achat distincts, ou visites
help-value-frequency-basis-rows = lignes d'achat
flag-limit = Au plus ce nombre de lignes (jusqu'à un milliard)
flag-consent-verify-against = Une sauvegarde (`carnet backup`) : vérifier que l'historique d'aujourd'hui prolonge toujours celui qu'elle contient
flag-consent-verify-head = Une tête affichée par un `consent verify` précédent, ou notée par une sauvegarde, un fichier de lancement ou un export RGPD (N:EMPREINTE)
flag-contact-import-strict = Refuser un CSV aux colonnes que carnet n'utilise pas, ou un vCard dont carnet ne peut pas prendre une fiche entière
flag-contact-import-date-format = Comment le fichier écrit ses dates : DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY (sinon, les dates du fichier et sa langue décident)
flag-contact-export-vcard-version = Avec --format vcf : la version de vCard, 4.0 (par défaut) ou 3.0 (Contacts de macOS, anciens téléphones)
flag-contact-edit-dates = Une date clé que `remind` annonce comme un anniversaire : mariage=2027-06-12 (--06-12 sans l'année)
flag-contact-edit-remove-dates = Oublier la date clé de ce libellé
flag-honorific = La civilité avant le nom, gardée à part : Mme, M., Dr

## report cohorts, report dashboard
help-sub-report-cohorts = Rétention par cohorte : des clients venus pour la première fois à une période, combien reviennent
help-sub-report-dashboard = La boutique sur une page : un fichier HTML autonome de graphiques, imprimable sur A4
flag-report-cohorts-by = Grouper les clients par le mois ou le trimestre de leur première visite
flag-report-cohorts-since = Seulement les cohortes à partir de la période de ce jour (par défaut : toutes)
flag-report-cohorts-as-of = Calculer à ce jour : les achats suivants sont ignorés (par défaut aujourd'hui)
flag-report-cohorts-summary = Un seul enregistrement : cohortes, clients, taux d'attrition et durée de vie médiane
flag-report-pipeline-summary = Un seul enregistrement de toutes les affaires : en cours, leur total et leur prévision pondérée, gagnées, perdues, taux de réussite, jours pour gagner, affaires en retard
flag-report-pareto-classes = Une ligne par classe ABC : ses clients et son chiffre d’affaires, et leurs parts
flag-report-dashboard-out = Le fichier HTML à écrire
flag-report-dashboard-force = Remplacer le fichier s'il existe
flag-report-dashboard-as-of = Calculer à ce jour : les achats suivants sont ignorés (par défaut aujourd'hui)
help-after-report-cohorts =
    Règles : une visite est un achat d'un montant positif (un remboursement n'en est pas une).
    La cohorte d'un client est la période de sa première visite ; active = les clients
    de la cohorte venus à cette période suivante ; still_active = venus alors ou plus
    tard. Le CA est net (remboursements compris), par client de la cohorte, cumulé
    depuis la période de la cohorte. La période du jour --as-of est partielle.
    Taux d'attrition : la part jamais revenue après sa première période ; durée de
    vie médiane : la première période où la moitié ou moins reviennent encore
    (les deux sur les périodes finies seulement).

    Exemples :
      carnet report cohorts
      carnet report cohorts --by quarter --since 2023-01-01 --format csv
      carnet report cohorts --summary --format json
help-after-report-dashboard =
    Un seul fichier HTML qui contient tout (graphiques dessinés en SVG, pas de
    script, pas de réseau) : CA et visites par mois sur 24 mois face à l'année
    précédente, nouveaux clients et clients revenus, rétention par cohorte, la
    grille RFM, les matrices de valeur et de rentabilité, la valeur à vie et les
    clients qui valent un appel, catégories et canaux, les affaires en cours,
    les campagnes, les consentements. Imprimable sur A4, une section par page.
    La langue est celle de la commande (--lang).

    Exemples :
      carnet report dashboard --out shop.html
      carnet report dashboard --out bilan.html --as-of 2024-12-31 --lang fr
help-sub-campaign-send = Envoyer une campagne lancée par le compte de messagerie ou le fournisseur SMS de la boutique
help-sub-consent-unsubscribe-from = Reprendre les désinscriptions et les rejets : un dossier de .eml, une mbox, ou un CSV de Brevo ou Mailchimp
flag-campaign-send-dry-run = Écrire chaque message en fichier .eml dans ce dossier au lieu de l'envoyer
flag-campaign-send-test = Envoyer un seul message, rempli avec les champs du premier destinataire, à cette adresse
flag-campaign-send-force = Avec --dry-run : remplacer les fichiers .eml déjà dans le dossier
flag-campaign-send-resend-uncertain = Renvoyer les messages qu'un envoi interrompu a laissés incertains (ils sont peut-être partis : regardez d'abord dans le dossier Envoyés du compte)
flag-campaign-preview-summary = Seulement les effectifs, le coût et le seuil de rentabilité, en un enregistrement
help-after-campaign-preview =
    --format json donne {"{"}"summary": …, "rows": […]{"}"} : les effectifs, le coût et le seuil
    de rentabilité, puis une ligne par membre ; --summary donne le résumé seul (un CSV d'une ligne).

    Exemples :
      carnet campaign preview spring-sale --format csv
      carnet campaign preview spring-sale --summary --format json
flag-remind-mail-to = Envoyer le récapitulatif à cette adresse par le compte `[send]` (rien n'est envoyé quand rien n'est dû)
help-after-campaign-send =
    Le fichier du message est un modèle : {"{{"}first_name{"}}"}, {"{{"}name{"}}"}, {"{{"}email{"}}"}, {"{{"}phone{"}}"},
    {"{{"}city{"}}"}, {"{{"}postcode{"}}"}, {"{{"}last_purchase{"}}"} ; une première ligne `Subject: …` ou
    `Objet : …` donne l'objet ; un fichier HTML part en HTML avec une partie texte.
    Un destinataire sans un champ que le message utilise arrête l'envoi avant que
    rien ne parte (voyez `campaign preview`).

    Relancez-la après une interruption : elle reprend là où elle s'est arrêtée et
    n'envoie rien deux fois. Un message qui était remis au serveur quand l'envoi a
    été interrompu est peut-être parti, peut-être pas : il compte comme incertain et
    ne repart qu'avec --resend-uncertain (regardez d'abord dans le dossier Envoyés
    du compte).

    --format json ou csv écrit les chiffres de l'envoi sur la sortie : sent,
    already_sent, skipped_no_consent, failed, bounced, deferred, uncertain,
    resent_uncertain.

    Exemples :
      carnet campaign send spring-sale --test me@atelier-roux.fr
      carnet campaign send spring-sale --dry-run /tmp/spring
      carnet campaign send spring-sale
      carnet campaign send spring-sale --resend-uncertain
help-after-consent-unsubscribe-from =
    Chaque désinscription (une réponse dont l'objet est `unsubscribe JETON`, comme
    l'écrit le lien List-Unsubscribe de `campaign send`, ou une réponse qui dit STOP
    ou désinscription) est enregistrée comme un retrait sur l'email, avec le
    message pour preuve ; chaque rejet définitif (un rapport de non-remise au
    statut 5.x.x) marque l'adresse en échec. Les exports des désinscrits et des
    adresses nettoyées de Mailchimp et ceux de Brevo sont lus par leur colonne
    d'email. Une deuxième lecture n'enregistre rien de nouveau.

    Exemples :
      carnet consent unsubscribe-from ~/Mail/replies/
      carnet consent unsubscribe-from replies.mbox
      carnet consent unsubscribe-from unsubscribed_members_export.csv

## carnet service, report service
help-cmd-service = Demandes de service : réparations, retouches, commandes à retirer, réclamations
help-sub-service-add = Ouvrir une demande de service pour un contact
help-sub-service-list = Lister les demandes de service (les ouvertes par défaut)
help-sub-service-show = Montrer une demande de service et son historique
help-sub-service-move = Faire passer une demande ouverte à un autre état (prête prévient le client)
help-sub-service-note = Ajouter une note à l'historique d'une demande (elle répond à une réclamation)
help-sub-service-close = Clore une demande : retirée (en enregistrant éventuellement le montant facturé) ou annulée
help-sub-report-service = Demandes de service : ouvertes par état et âge, délais, promesses tenues, réclamations
flag-service-add-what = De quoi il s'agit : l'objet et le travail
flag-service-add-kind = repair, alteration, order, complaint, other (ou réparation, retouche… ; configuration service.kinds)
flag-service-add-promised = Pour quand c'est promis : une date, +3d, vendredi…
flag-service-add-quote = Le prix annoncé : 45, 45,50
flag-service-add-status = L'état de départ (par défaut : le premier configuré)
flag-service-add-date = Le jour d'arrivée (par défaut aujourd'hui)
flag-service-list-status = Les demandes à cet état (ouvertes ou closes)
flag-service-list-late = Les demandes ouvertes passé leur date promise, pas encore prêtes
flag-service-list-closed = Seulement les demandes closes
flag-service-list-all = Les demandes ouvertes et closes
flag-service-move-notify = Envoyer le message de l'état par e-mail ou SMS depuis le compte de la boutique
flag-service-close-collected = Le client l'a retirée
flag-service-close-cancelled = Elle ne sera pas faite
flag-service-close-charge = Le montant facturé, enregistré comme achat : 52, 52,50
flag-service-close-reason = Pourquoi elle est annulée (gardé dans l'historique)
flag-service-close-date = Le jour du retrait ou de l'annulation (par défaut aujourd'hui)
flag-report-service-since = Début de la période (par défaut : 365 jours avant --until)
flag-report-service-until = Fin de la période (par défaut aujourd'hui)
flag-report-service-by = Un seul tableau : les ouvertes par état, les closes par type, ou les réclamations par mois (sans lui, un tableau montre les trois ; le CSV montre par état)
help-after-report-service =
    Règles : les demandes ouvertes sont comptées à ce jour, par état, avec leur
    âge (jours depuis l'arrivée). Le délai est le nombre de jours de l'arrivée à
    la livraison (le jour où elle est devenue prête, ou celui du retrait si
    elle ne l'a jamais été), sur les demandes retirées dans la période ; à temps
    veut dire livrée au plus tard le jour promis, sur celles qui avaient une
    promesse. Réclamations pour 100 clients : réclamations ouvertes dans le
    mois × 100 / clients venus acheter ce mois-là.

    Exemples :
      carnet report service
      carnet report service --by kind --format csv
      carnet report service --by month --since 2024-01-01 --format json
## Satisfaction et carte de fidélité (issue 30)
help-cmd-satisfaction = Ce que pensent les clients : noter les réponses aux questionnaires (NPS ou 1–5), importer le CSV d’un formulaire
help-cmd-loyalty = La carte de fidélité : adhérer, utiliser une récompense, voir les points d’un membre
help-sub-satisfaction-add = Noter une réponse : une note sur l’échelle NPS (0–10) ou sur une échelle 1–5
help-sub-satisfaction-import = Importer les réponses d’un formulaire depuis un fichier CSV (contact, date, note, commentaire)
help-sub-satisfaction-list = Lister les réponses, les plus récentes d’abord
help-sub-loyalty-join = Donner la carte à un contact : ses achats à partir de ce jour rapportent des points (ou des tampons)
help-sub-loyalty-redeem = Dépenser des points pour une récompense (par son nom ou son rang, 1 la moins chère)
help-sub-loyalty-history = Les points d’un membre : ce qu’ont fait chaque achat, remboursement et récompense, et le solde
help-sub-report-satisfaction = Ce que pensent les clients : NPS et note moyenne par mois ou par segment, avec intervalles
help-sub-report-loyalty-matrix = La matrice de fidélité : dernière satisfaction contre fréquence de visite (Dick & Basu)
help-sub-report-loyalty = La carte de fidélité : membres, points en circulation, récompenses, visites des membres
flag-satisfaction-add-score = La note : 0–10 sur l’échelle NPS, 1–5 sur l’échelle en 5 points
flag-satisfaction-add-scale = nps (0–10, par défaut) ou 5 (1–5)
flag-satisfaction-add-about = Le sujet de la réponse : service:N (une demande de service)
flag-satisfaction-add-comment = Ce que la personne a écrit
flag-satisfaction-add-date = Le jour de la réponse (aujourd’hui par défaut)
flag-satisfaction-import-scale = L’échelle des notes du fichier, sauf si une colonne `scale` le dit : nps ou 5
flag-loyalty-join-on = Le jour de l’adhésion (aujourd’hui par défaut) : les achats à partir de ce jour rapportent
flag-report-satisfaction-by = Regrouper les réponses par mois ou par segment enregistré
flag-report-satisfaction-since = Le premier jour des réponses prises en compte (par défaut un an avant --until)
flag-report-satisfaction-until = Le dernier jour des réponses prises en compte (aujourd’hui par défaut)
flag-report-loyalty-matrix-as-of = Calculer à ce jour : les achats et réponses postérieurs sont ignorés (aujourd’hui par défaut)
flag-report-loyalty-matrix-customers = Une ligne par client au lieu de la matrice
flag-report-loyalty-matrix-cell = Seulement les clients de cette case : true, latent, spurious, none, no_answer (implique --customers)
flag-report-loyalty-as-of = Calculer à ce jour (aujourd’hui par défaut)
flag-report-loyalty-by-month = Les récompenses utilisées par mois au lieu des chiffres
flag-loyalty = Dans cette case de la matrice de fidélité : true, latent, spurious, none, no_answer
help-after-report-loyalty-matrix =
    Règles (Dick & Basu, 1994) : l’attitude relative est la dernière réponse
    du client : haute pour un promoteur (9–10 sur l’échelle NPS) ou 4–5 sur
    l’échelle 1–5. La fréquentation est le score F du RFM (celui de report
    rfm) : haute pour 4 ou 5. Vraie fidélité (true) = les deux hautes ;
    latente (latent) = attitude haute, fréquentation basse ; factice
    (spurious) = attitude basse, fréquentation haute ; none = les deux basses.
    Les clients qui n'ont jamais répondu ont leur propre ligne (no_answer).

    Exemples :
      carnet report loyalty-matrix
      carnet report loyalty-matrix --customers --cell spurious --format csv
flag-contact-add-kind = `company` pour une société (un restaurant, un hôtel) : elle achète comme tout client, et ses personnes la nomment avec --company
flag-contact-list-company = Seulement les personnes de cette société (son nom, sans égard à la casse ni aux accents)
flag-report-rfm-by = Noter chaque contact (par défaut), ou chaque société comme un seul client : ses achats et ceux de ses personnes
help-sub-report-refresh = Recalculer les chiffres parmi lesquels les fiches d'une grande boutique placent chaque client
help-after-report-refresh =
    À partir de 10 000 clients, `contact show` ne classe pas le client parmi
    tous les autres à chaque fiche : elle lit les bornes des scores, les
    moyennes de la matrice de valeur et l'ajustement de la valeur vie client
    tels que calculés la dernière fois, et dit de quel jour ils sont
    (population_at) et combien d'achats sont venus depuis
    (purchases_since_population). Les imports, leur annulation et la
    démonstration les recalculent ; les ventes ajoutées une à une les
    laissent. Lancez ceci, chaque nuit par cron par exemple, pour les mettre
    à jour. Les fiches d'une boutique plus petite les calculent à chaque
    fois, exactement.

    Exemple :
      carnet report refresh
help-cmd-sync = Envoyer les contacts et les rappels au téléphone : un carnet d'adresses CardDAV, un calendrier CalDAV
help-after-sync =
    Réglé une fois, dans la section [sync] du fichier de configuration :
      carddav = "https://dav.example.net/addressbooks/shop/contacts/"
      caldav = "https://dav.example.net/calendars/shop/carnet/"
      username = "shop"
      password_command = "pass show carnet"   # ou CARNET_SYNC_PASSWORD
      segment = "customers"                    # facultatif : seulement ces contacts

    Dans un seul sens : carnet fait foi. Seul ce qui a changé est envoyé ; un
    élément modifié sur le serveur depuis son envoi est signalé, pas écrasé
    (--overwrite le remplace) ; ce que carnet n'a plus (supprimé, fusionné,
    archivé, oublié, fait) est supprimé du serveur.

    Exemples :
      carnet sync                    # muet quand rien n'a changé
      carnet sync --dry-run          # ce qui serait créé, mis à jour, supprimé
      carnet sync --report-new > phone.vcf && carnet contact import phone.vcf
      0 * * * * carnet sync          # crontab : toutes les heures
flag-sync-contacts = Seulement les contacts (CardDAV)
flag-sync-calendar = Seulement les rappels (CalDAV)
flag-sync-dry-run = Lister ce qui serait créé, mis à jour et supprimé ; ne rien envoyer
flag-sync-overwrite = Remplacer les éléments modifiés sur le serveur
flag-sync-report-new = Afficher les fiches du serveur que carnet n'y a pas mises (créées sur un téléphone), en vCard, pour `contact import`
flag-sync-within = Jusqu'où le calendrier regarde devant (60d par défaut, comme `remind --format ics`)
help-cmd-db = La base elle-même : copier une boutique entre un fichier SQLite et PostgreSQL ; qui peut faire quoi sur un serveur
help-sub-db-copy = Copier chaque table dans une base vide de l'autre moteur, tout ou rien, et vérifier la copie
flag-db-copy-to = La cible : une adresse postgres://, ou le chemin d'un nouveau fichier SQLite
help-after-db-copy =
    La copie est comparée à l'original table par table (le nombre de lignes et une
    somme de contrôle de chaque ligne) et son historique des consentements vérifié
    avant d'être validée ; une différence laisse la cible telle qu'elle était.

    Exemples :
      carnet --db shop.db db copy --to postgres://anne@/shop?host=/run/postgresql
      carnet --db postgres://anne@server/shop db copy --to shop-copy.db
help-sub-db-grant = Faire d'une connexion PostgreSQL le personnel ou le propriétaire de cette boutique (ou l'en retirer avec --revoke)
flag-db-grant-name = Le rôle de connexion (créé, sans mot de passe, s'il manque)
flag-db-grant-staff = En faire le personnel : consulter et enregistrer, jamais exporter, effacer ni importer
flag-db-grant-owner = En faire un propriétaire : tout ce que peut le personnel, et les actions du propriétaire
flag-db-grant-revoke = Le retirer des deux rôles (la connexion elle-même reste)
help-after-db-grant =
    Le personnel consulte les personnes et enregistre contacts, achats, échanges,
    affaires, demandes de service et consentements ; le propriétaire peut aussi
    exporter et effacer des personnes, importer, mener des campagnes, ajouter des
    formulations de consentement et mettre la base à jour. L'historique des
    consentements n'accepte que des ajouts, pour l'un comme pour l'autre. À lancer
    par un superutilisateur, ou par le propriétaire des tables s'il a CREATEROLE ;
    chaque exécution remet aussi à jour les GRANT de chaque table.

    Une connexion qui n'existe pas est créée sans mot de passe : carnet n'en garde
    jamais. L'administrateur du serveur le définit (\password NOM dans psql), ou
    l'authentification du serveur (peer, certificats) l'admet.

    Exemples :
      carnet --db postgres://admin@server/shop db grant anna --staff
      carnet --db postgres://admin@server/shop db grant owen --owner
      carnet --db postgres://admin@server/shop db grant anna --revoke
help-sub-db-roles = Qui est personnel et qui est propriétaire de cette base PostgreSQL
