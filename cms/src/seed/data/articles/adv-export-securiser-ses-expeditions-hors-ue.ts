import { block, h2, h3, p, paragraphs, ul } from '../../lexical'
import type { ArticleSeed } from '../../types'
import { authors } from '../authors'

export const article: ArticleSeed = {
  slug: 'adv-export-securiser-ses-expeditions-hors-ue',
  title: 'ADV export : sécuriser ses expéditions hors Union européenne sans recruter',
  excerpt:
    'Incoterms, facture commerciale, numéro EORI, certificat d’origine, suivi des paiements : l’administration des ventes à l’export demande de la rigueur plus que du volume. Ce qu’une assistante commerciale export peut prendre en charge.',
  category: 'commercial-export',
  tags: ['ADV', 'export', 'douane', 'incoterms', 'assistante commerciale'],
  author: authors.thomas,
  image: 'export',
  daysAgo: 163,
  related: ['preparer-un-salon-professionnel-a-l-etranger'],
  body: () => [
    ...paragraphs(`
      Une PME qui expédie quelques palettes par mois vers la Suisse, le Royaume-Uni ou le Canada n’a pas toujours de service export. Les commandes arrivent par le commercial, le devis part du dirigeant, et les documents de transport sont préparés « par celui qui a le temps ». Tant que tout se passe bien, cela fonctionne. Au premier colis bloqué en douane, on découvre le coût réel de l’improvisation : marchandise immobilisée, frais de magasinage, client mécontent.

      L’administration des ventes export, ou ADV export, consiste justement à sécuriser chaque étape entre la commande et l’encaissement. C’est un travail de précision, rarement un temps plein dans une petite entreprise, et un domaine où une assistante spécialisée fait gagner beaucoup.
    `),
    h2('Ce que recouvre l’ADV export'),
    h3('Avant l’expédition'),
    ul([
      'Vérifier que le devis mentionne le bon **Incoterm** (EXW, FCA, DAP, DDP…) et que le prix en tient compte.',
      'Contrôler le classement tarifaire des produits (code SH ou nomenclature combinée), qui détermine les droits de douane.',
      'S’assurer que l’entreprise dispose d’un **numéro EORI**, indispensable pour toute opération douanière dans l’Union.',
      'Préparer la facture commerciale, la liste de colisage et, si le client en a besoin pour bénéficier d’un tarif préférentiel, l’attestation ou le certificat d’origine.',
    ]),
    h3('Pendant le transport'),
    ul([
      'Réserver le transporteur ou transmettre les documents au transitaire.',
      'Suivre l’expédition et prévenir le client de la date d’arrivée.',
      'Conserver la preuve de sortie du territoire, qui justifie l’exonération de TVA de la vente.',
    ]),
    h3('Après la livraison'),
    ul([
      'Facturer, suivre l’échéance et relancer dans la langue du client.',
      'Archiver le dossier complet : la douane peut le demander pendant plusieurs années.',
      'Tenir un tableau de bord des ventes par pays et des délais de paiement constatés.',
    ]),
    block('valueProps', {
      title: 'Pourquoi confier l’ADV export à une spécialiste',
      items: [
        {
          icon: 'shield',
          title: 'Moins de blocages en douane',
          text: 'Des documents complets et cohérents dès le premier envoi, c’est le meilleur moyen d’éviter les retenues.',
        },
        {
          icon: 'chart',
          title: 'Des marges protégées',
          text: 'Un Incoterm mal choisi peut faire supporter au vendeur des frais qu’il n’avait pas prévus dans son prix.',
        },
        {
          icon: 'users',
          title: 'Un interlocuteur pour vos clients étrangers',
          text: 'Une assistante bilingue répond vite, relance poliment et rassure l’acheteur.',
        },
      ],
    }),
    h2('Trois situations que nous rencontrons souvent'),
    h3('« On a toujours vendu départ usine »'),
    p(
      'Vendre en EXW semble simple : le client se débrouille. En pratique, c’est souvent le vendeur qui finit par remplir les formalités d’export à la place d’un acheteur qui ne les connaît pas, sans en avoir la maîtrise. Le FCA est fréquemment plus adapté ; le choix mérite au moins une discussion avec votre transitaire.',
    ),
    h3('« Le Royaume-Uni, c’est comme avant »'),
    p(
      'Depuis la sortie du Royaume-Uni de l’Union européenne, chaque envoi donne lieu à des formalités d’export et d’import. Beaucoup de petites entreprises ont continué à expédier comme avant, puis ont vu leurs colis retenus. Une procédure écrite, une fois pour toutes, règle la question.',
    ),
    h3('« Les relances, on verra plus tard »'),
    p(
      'À l’export, les délais de paiement s’allongent vite si personne ne suit. Un rappel courtois à J+3 de l’échéance, dans la langue du client, suffit souvent. Sans suivi, certaines factures dorment plusieurs mois.',
    ),
    block('ctaBanner', {
      title: 'Une assistante commerciale export, quelques jours par mois',
      text: 'Nos freelances ADV export connaissent les Incoterms, les documents douaniers et parlent la langue de vos clients. Parlons de vos flux.',
      buttonLabel: 'Être rappelé par un conseiller',
      buttonUrl: '/contact/',
      style: 'brand',
    }),
    h2('Le dossier type d’une expédition'),
    p(
      'Pour chaque envoi hors Union européenne, l’assistante constitue un dossier identique, numérique, rangé sous le numéro de commande :',
    ),
    ul([
      'la commande ou la confirmation du client, avec l’Incoterm et le lieu convenu ;',
      'la facture commerciale et la liste de colisage ;',
      'la déclaration d’export ou la référence transmise par le transitaire ;',
      'la preuve de sortie et la preuve de livraison ;',
      'les échanges relatifs aux réserves, retards ou litiges.',
    ]),
    h2('Combien de temps faut-il ?'),
    p(
      'Pour une entreprise qui réalise une dizaine d’expéditions hors Union européenne par mois, l’ADV export représente en général **deux à quatre jours par mois** une fois les procédures en place. La première mission, qui consiste à écrire ces procédures et à remettre à plat les documents types, prend une à deux semaines. Ensuite, le rythme de croisière permet souvent d’absorber la croissance des ventes sans recruter.',
    ),
    p(
      'Un conseil pour finir : même si vous gardez l’ADV en interne, écrivez la procédure d’expédition sur une page. C’est le document qui vous sauvera le jour où la personne qui la connaît par cœur sera en vacances.',
    ),
  ],
}
