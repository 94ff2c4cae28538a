import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'outils-numeriques-petit-bureau',
  title: 'Les outils numériques d’un petit bureau bien tenu',
  excerpt:
    'Facturation, stockage partagé, signature électronique, mots de passe, notes de frais : sept familles d’outils suffisent à une TPE pour travailler proprement, et pour déléguer sans friction.',
  category: 'organisation',
  tags: ['outils', 'numérique', 'facturation électronique', 'organisation'],
  author: authors.elodie,
  image: 'outils',
  daysAgo: 70,
  body: () => [
    ...paragraphs(`
      Il n’y a pas besoin d’un système d’information coûteux pour bien tenir un petit bureau. Il faut surtout des outils **choisis une fois, utilisés par tous et documentés**. Le désordre numérique naît rarement d’un manque d’outils ; il vient de trois messageries, deux espaces de stockage et un tableur par personne.

      Voici les sept familles d’outils que nous retrouvons chez les clients dont l’administratif tourne bien, et les questions à se poser avant de choisir.
    `),
    h2('1. Un espace de stockage partagé, et une arborescence'),
    p(
      'Le stockage en ligne est devenu la norme ; l’arborescence, beaucoup moins. Décidez une fois pour toutes de la structure (par exemple : Clients, Fournisseurs, Comptabilité, Personnel, Juridique, Locaux), et de la façon de nommer les fichiers : date au format année-mois-jour, puis objet. Un dossier bien rangé se passe de moteur de recherche.',
    ),
    h2('2. Un outil de facturation conforme'),
    p(
      'La réforme de la facturation électronique entre dans sa phase concrète : depuis le 1er septembre 2026, toutes les entreprises doivent pouvoir **recevoir** des factures électroniques, et l’obligation d’**émission** s’étendra aux PME et aux micro-entreprises à partir du 1er septembre 2027. Si votre outil de facturation n’est pas relié à une plateforme agréée, c’est le moment d’en changer.',
    ),
    h2('3. Une solution de notes de frais'),
    p(
      'Photographier le justificatif au moment de la dépense, l’associer à la bonne catégorie, le faire valider en un clic : les applications dédiées font disparaître l’enveloppe de tickets de fin de mois, et simplifient la vie de l’expert-comptable.',
    ),
    h2('4. La signature électronique'),
    p(
      'Devis, contrats de travail, avenants, procès-verbaux : la signature électronique fait gagner des jours sur chaque document. Vérifiez le niveau de signature proposé et la conservation des preuves.',
    ),
    block('quote', {
      style: 'quote',
      text: 'Le meilleur outil est celui que toute l’équipe utilise. Je préfère un logiciel simple adopté par tous à une solution complète que seul le dirigeant ouvre.',
      author: 'Karim B.',
      role: 'Assistant commercial export freelance du réseau',
    }),
    h2('5. Un gestionnaire de mots de passe d’équipe'),
    p(
      'C’est l’outil le plus sous-estimé. Il permet de partager un accès sans dévoiler le mot de passe, de retirer un accès en une minute et de savoir qui peut se connecter à quoi. Indispensable dès qu’on travaille avec une assistante extérieure.',
    ),
    h2('6. Un agenda partagé et des rituels'),
    p(
      'Un agenda partagé ne sert à rien si personne n’y inscrit ses absences. Fixez deux ou trois règles simples : les congés y figurent, les rendez-vous clients aussi, et chacun peut proposer une réunion sans aller-retour d’e-mails.',
    ),
    h2('7. Un tableau de suivi des tâches'),
    h3('Pourquoi c’est le pivot de la délégation'),
    p(
      'Un tableau de tâches, même très simple, rend le travail visible : ce qui est à faire, en cours, terminé. Quand une assistante freelance intervient deux jours par semaine, c’est lui qui fait le lien entre ses passages et qui évite les « je pensais que tu t’en occupais ».',
    ),
    block('webinarPromo', {
      title: 'Démonstration en direct : l’environnement type d’une TPE bien organisée',
    }),
    h2('Et la sauvegarde ?'),
    p(
      'Un stockage en ligne synchronisé n’est pas une sauvegarde : un fichier supprimé ou chiffré par un logiciel malveillant disparaît aussi de la copie synchronisée. Vérifiez que vos outils conservent un historique des versions suffisant, et prévoyez une copie indépendante des documents essentiels, testée au moins une fois par an. C’est le genre de vérification qu’on oublie jusqu’au jour où elle aurait tout sauvé.',
    ),
    h2('Avant d’ajouter un outil, posez-vous ces questions'),
    ul([
      'Quel problème précis résout-il, et comment le traitons-nous aujourd’hui ?',
      'Qui l’utilisera chaque semaine ? Une seule personne suffit-elle à le faire vivre ?',
      'Où sont hébergées les données, et pouvons-nous les récupérer si nous en changeons ?',
      'Combien coûte-t-il par utilisateur, et combien d’utilisateurs faudra-t-il dans deux ans ?',
      'Qui le paramètre, qui forme l’équipe, qui le documente ?',
    ]),
    p(
      'Une fois les outils choisis, consignez-les sur une page : nom, usage, administrateur, coût. Cette page est le premier document que nous demandons lors de l’arrivée d’une freelance chez un client. Elle fait gagner des heures.',
    ),
  ],
}
