import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'preparer-un-salon-professionnel-a-l-etranger',
  title: 'Préparer un salon professionnel à l’étranger avec une assistante commerciale',
  excerpt:
    'Un salon à l’étranger représente un budget important pour une PME. Avant, pendant et après l’événement, une assistante commerciale export transforme ce budget en rendez-vous, puis en commandes.',
  category: 'commercial-export',
  tags: ['salon', 'export', 'prospection', 'assistante commerciale'],
  author: authors.thomas,
  image: 'export',
  daysAgo: 21,
  related: ['adv-export-securiser-ses-expeditions-hors-ue'],
  body: () => [
    ...paragraphs(`
      Stand, transport des échantillons, billets, hôtel, supports traduits : participer à un salon professionnel à Milan, Düsseldorf ou Montréal coûte vite plusieurs milliers d’euros à une PME. Trop souvent, l’équipe revient avec une pile de cartes de visite qui dormira dans un tiroir, faute de temps pour rappeler chacun.

      La différence entre un salon rentable et un salon décevant se joue rarement sur le stand. Elle se joue dans les semaines qui précèdent et dans les quinze jours qui suivent. C’est exactement là qu’une assistante commerciale export apporte le plus.
    `),
    h2('Deux à trois mois avant : préparer les rendez-vous'),
    ul([
      'Récupérer la liste des exposants et, si l’organisateur la fournit, celle des visiteurs professionnels inscrits.',
      'Identifier les distributeurs, importateurs et clients potentiels, avec l’aide du commercial.',
      'Envoyer des invitations personnalisées dans la langue du destinataire, avec une proposition de créneau précis.',
      'Tenir un agenda de rendez-vous partagé, confirmé une semaine avant l’ouverture.',
    ]),
    p(
      'Un salon où l’on arrive avec quinze rendez-vous qualifiés n’a rien à voir avec un salon où l’on attend que les visiteurs s’arrêtent.',
    ),
    h2('Un mois avant : la logistique'),
    h3('Le transport des échantillons'),
    p(
      'Pour un salon hors Union européenne, les échantillons et le matériel d’exposition peuvent voyager sous **carnet ATA**, qui permet une admission temporaire sans payer de droits de douane, à condition de tout rapporter. Le carnet se demande auprès de la chambre de commerce et d’industrie ; anticipez le délai.',
    ),
    h3('Les supports'),
    ul([
      'Fiches produits et conditions commerciales traduites, relues par un natif.',
      'Liste de prix en devise locale, avec l’Incoterm clairement indiqué.',
      'Formulaire de prise de contact, papier ou tablette, pour noter chaque échange de façon homogène.',
    ]),
    block('quote', {
      style: 'quote',
      text: 'Sur un salon, je note pour chaque contact trois choses : ce qu’il cherche, son délai, et la prochaine étape convenue. Le lundi suivant, chacun reçoit un e-mail qui reprend exactement ces trois points.',
      author: 'Marion F.',
      role: 'Assistante commerciale export freelance du réseau',
    }),
    h2('Pendant le salon'),
    p(
      'L’assistante n’est pas forcément sur place ; elle peut très bien travailler à distance. Elle confirme les rendez-vous du lendemain, reprogramme ceux qui sautent, saisit les contacts au fil de l’eau dans le fichier commercial et prépare les envois de documentation demandés.',
    ),
    h2('Les quinze jours qui suivent'),
    ul([
      '**Sous 48 heures** : un e-mail de remerciement personnalisé à chaque contact, avec la documentation promise.',
      '**Sous une semaine** : les devis demandés, chiffrés avec l’Incoterm et la devise convenus.',
      '**Sous quinze jours** : une relance téléphonique des contacts les plus prometteurs, et un bilan chiffré du salon.',
    ]),
    block('webinarPromo', {
      title: 'Le live du jeudi : comment nos assistantes export travaillent avec les PME',
    }),
    p(
      'Enfin, un contact qui n’a pas de nouvelles dans les deux semaines considère généralement que l’intérêt était poli. La régularité du suivi compte davantage que la qualité du stand.',
    ),
    h2('Le budget, poste par poste'),
    p(
      'Pour décider en connaissance de cause, l’assistante prépare un budget prévisionnel détaillé : location et aménagement du stand, inscription au catalogue, transport des échantillons et formalités, déplacements et hébergement, traductions et supports, temps passé par l’équipe. Certaines régions et les opérateurs publics d’accompagnement à l’export proposent des pavillons collectifs ou des aides qui réduisent sensiblement la facture ; encore faut-il s’y inscrire plusieurs mois à l’avance.',
    ),
    h2('Mesurer le retour sur investissement'),
    p(
      'Un bilan sérieux compare le coût total du salon (stand, déplacements, temps passé) au chiffre d’affaires signé dans les six à douze mois avec les contacts rencontrés. Sans un fichier tenu avec rigueur, ce calcul est impossible ; avec lui, vous savez quels salons renouveler et lesquels abandonner.',
    ),
    p(
      'Une assistante commerciale export en temps partagé peut prendre en charge l’ensemble de ce travail sur la période du salon, puis revenir à quelques jours par mois pour le suivi des prospects. Vous payez l’effort quand il est utile, pas toute l’année.',
    ),
  ],
}
