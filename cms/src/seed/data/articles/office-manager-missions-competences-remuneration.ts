import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'office-manager-missions-competences-remuneration',
  title: 'Office manager en PME : missions, compétences et rémunération',
  excerpt:
    'Ni simple assistante, ni directrice administrative : l’office manager fait tourner la maison. Les missions qu’on peut lui confier, les compétences à vérifier et les façons de s’en entourer quand on dirige une petite entreprise.',
  category: 'organisation',
  tags: ['office manager', 'fiche de poste', 'recrutement', 'temps partagé'],
  author: authors.sophie,
  image: 'organisation',
  daysAgo: 228,
  related: [
    'assistante-temps-partiel-ou-freelance-temps-partage-le-vrai-calcul',
    'portage-salarial-freelance-ou-interim-que-choisir',
    'outils-numeriques-petit-bureau',
  ],
  body: () => [
    ...paragraphs(`
      Dans une entreprise de dix, vingt ou quarante personnes, il y a toujours quelqu’un qui sait où se trouve le bail commercial, qui relance le fournisseur de café, qui prépare les pièces pour l’expert-comptable et qui accueille le nouveau commercial le lundi matin. Quand cette personne part en congé, on mesure soudain tout ce qu’elle faisait sans bruit. Ce rôle a un nom : office manager.

      Le titre s’est imposé en France au cours des quinze dernières années, d’abord dans les jeunes entreprises du numérique, puis dans les PME de tous les secteurs : cabinets d’architectes, négoces, agences, ateliers industriels. Derrière l’anglicisme se cache une réalité très concrète : une personne polyvalente qui prend en charge le fonctionnement quotidien de l’entreprise, pour que la direction et les équipes se consacrent à leur métier.
    `),
    h2('Ce que fait vraiment un office manager'),
    p(
      'La fiche de poste varie d’une entreprise à l’autre, mais on retrouve presque toujours cinq grands blocs de missions.',
    ),
    h3('La gestion administrative courante'),
    ul([
      'Traitement du courrier, du standard et de la boîte e-mail générale.',
      'Suivi des contrats : bail, assurances, téléphonie, maintenance, flotte de véhicules.',
      'Classement et archivage, sur papier comme dans l’espace de stockage partagé.',
      'Commandes de fournitures et relation avec les prestataires du quotidien.',
    ]),
    h3('Le soutien à la comptabilité'),
    p(
      'L’office manager n’est pas comptable, mais il ou elle prépare le terrain : collecte des factures d’achat, rapprochement des justificatifs, notes de frais, suivi des encaissements et premières relances clients. Ce travail fait gagner du temps au cabinet comptable, donc de l’argent à l’entreprise.',
    ),
    h3('L’administration du personnel'),
    p(
      'Dans une structure sans service RH, c’est souvent l’office manager qui tient le registre unique du personnel, organise les visites d’information et de prévention, rassemble les éléments variables de paie, prépare l’arrivée des nouveaux salariés et suit les congés.',
    ),
    h3('Les services généraux'),
    p(
      'Aménagement des bureaux, gestion des badges et des clés, vérification des extincteurs, relations avec le bailleur, organisation d’un déménagement : tout ce qui touche aux locaux passe par ce poste.',
    ),
    h3('Le bras droit de la direction'),
    p(
      'Enfin, l’office manager tient l’agenda du dirigeant, prépare les réunions, met en forme les tableaux de bord et suit les décisions prises. C’est ce qui le distingue d’un poste d’exécution : il a une vision d’ensemble de l’entreprise et peut alerter avant qu’un petit sujet ne devienne un gros problème.',
    ),
    block('quote', {
      style: 'quote',
      text: 'Un bon office manager, c’est quelqu’un dont on ne remarque le travail que le jour où il n’est plus fait. Tout l’enjeu est de rendre ce travail visible et mesurable.',
      author: 'Sophie Lambert',
      role: 'Conseillère en organisation, Vitrine Office Services',
    }),
    h2('Les compétences à vérifier avant de confier le poste'),
    p(
      'Le métier demande un mélange assez rare de rigueur et de souplesse. En entretien, cherchez à évaluer :',
    ),
    ul([
      '**L’organisation** : savoir hiérarchiser des demandes qui arrivent toutes en même temps et tenir des échéances sans qu’on les rappelle.',
      '**L’aisance avec les outils** : tableur, logiciel de facturation, application de notes de frais, signature électronique, espace documentaire partagé.',
      '**La qualité rédactionnelle** : un courrier au bailleur ou une relance client engage l’image de l’entreprise.',
      '**La discrétion** : salaires, litiges, arrêts de travail… le poste voit passer des informations sensibles.',
      '**Le sens du service** : il s’agit de simplifier la vie des autres, y compris quand la demande arrive à 17 h 55.',
    ]),
    p(
      'Une expérience préalable en cabinet comptable, en assistanat de direction ou dans une petite structure est un vrai atout : ces profils connaissent déjà les échéances qui comptent et savent travailler sans filet.',
    ),
    h2('Combien coûte un office manager ?'),
    p(
      'En salariat, les annonces publiées en région lyonnaise affichent en général entre 30 000 et 42 000 euros bruts annuels selon l’expérience et le périmètre du poste. En ajoutant les cotisations patronales, le coût complet pour l’employeur se situe plutôt entre 42 000 et 60 000 euros par an pour un temps plein, sans compter le recrutement, le poste de travail et les absences à couvrir.',
    ),
    p(
      'Or beaucoup de PME n’ont pas besoin de quarante heures par semaine. Leur besoin réel tient souvent en une journée et demie ou deux jours, avec des pointes au moment des clôtures, des embauches ou d’un changement de locaux. C’est précisément le terrain du *temps partagé*.',
    ),
    block('ctaBanner', {
      title: 'Combien d’heures d’office management vous faut-il vraiment ?',
      text: 'En trente minutes au téléphone, un conseiller passe en revue vos tâches administratives et vous propose un volume d’heures réaliste, sans engagement.',
      buttonLabel: 'Demander mon diagnostic gratuit',
      buttonUrl: '/diagnostic-gratuit/',
      style: 'brand',
    }),
    h2('Salarié, temps partagé ou mission : trois façons de s’entourer'),
    ...paragraphs(`
      **Le recrutement en CDI** se justifie quand le volume de travail est stable, suffisant pour un temps plein, et que l’entreprise peut absorber trois mois de recrutement puis d’intégration.

      **Le temps partagé** permet de disposer d’un office manager expérimenté quelques jours par mois, sur site ou à distance, en ne payant que les heures utiles. La personne intervient chez plusieurs clients et rapporte les bonnes pratiques observées ailleurs.

      **La mission ponctuelle** répond à un besoin daté : remplacement pendant un congé maternité, préparation d’un déménagement, remise à plat du classement avant un contrôle.

      Chez Vitrine Office Services, nous sélectionnons des office managers freelances installés près de chez vous et nous organisons leur intervention en temps partagé. Le dirigeant garde un interlocuteur unique et un volume d’heures qu’il ajuste chaque mois.
    `),
    h2('En résumé'),
    ul([
      'L’office manager tient ensemble l’administratif, la pré-comptabilité, le personnel et les locaux.',
      'Le poste exige rigueur, discrétion et une vraie aisance avec les outils numériques.',
      'Dans une PME, le besoin réel est souvent d’un à deux jours par semaine : le temps partagé évite de surdimensionner le poste.',
    ]),
  ],
}
