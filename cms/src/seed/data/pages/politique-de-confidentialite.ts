import { doc, h2, h3, p, ul } from '../../lexical'
import type { PageSeed } from '../../types'
import { company } from '../shared'

export const privacyNoticeVersion = '2026-10'

export const page: PageSeed = {
  slug: 'politique-de-confidentialite',
  title: 'Politique de confidentialité',
  description:
    'Quelles données Vitrine Office Services collecte via ses formulaires, pourquoi, sur quelle base légale, pendant combien de temps, et comment exercer vos droits.',
  layout: () => [
    {
      blockType: 'richContent',
      content: doc(
        [
          p(`*Version ${privacyNoticeVersion}, en vigueur depuis le 1er octobre 2026.*`),
          p(
            'Cette politique explique comment Vitrine Office Services traite les données personnelles que vous nous confiez en utilisant ce site, et comment exercer vos droits. Nous avons cherché à l’écrire simplement ; si un point reste obscur, écrivez-nous.',
          ),
          h2('1. Qui est responsable de vos données ?'),
          p(
            `Le responsable du traitement est ${company.legalName}, ${company.address}, immatriculée au RCS de Lyon sous le numéro ${company.siren}. Pour toute question relative à vos données, écrivez à [${company.privacyEmail}](mailto:${company.privacyEmail}) ou par courrier à l’adresse ci-dessus, à l’attention du référent données personnelles.`,
          ),
          h2('2. Quelles données, pour quoi faire, sur quelle base ?'),
          p(
            'Nous ne collectons que les données que vous saisissez dans nos formulaires. Les champs obligatoires sont signalés ; les autres sont facultatifs.',
          ),
          h3('Demande de contact, de rappel, de diagnostic ou de devis'),
          ul([
            '**Données** : nom, prénom, e-mail, téléphone, entreprise, effectif, fonction, description de votre besoin.',
            '**Finalité** : répondre à votre demande, réaliser le diagnostic, établir un devis et assurer le suivi de la relation commerciale.',
            '**Base légale** : mesures précontractuelles prises à votre demande (article 6.1.b du RGPD).',
          ]),
          h3('Téléchargement d’un livre blanc'),
          ul([
            '**Données** : nom, prénom, e-mail, entreprise et, si vous le souhaitez, fonction et effectif.',
            '**Finalité** : vous envoyer par e-mail le lien de téléchargement, valable pour une durée limitée.',
            '**Base légale** : exécution de votre demande (article 6.1.b). Nous ne vous envoyons ensuite d’autres communications que si vous l’avez expressément accepté.',
          ]),
          h3('Inscription à un webinaire'),
          ul([
            '**Données** : nom, prénom, e-mail, entreprise.',
            '**Finalité** : vous envoyer la confirmation, le lien de connexion, les rappels (la veille et une heure avant) et, après la session, le lien du replay.',
            '**Base légale** : exécution de votre demande (article 6.1.b).',
          ]),
          h3('Lettre d’information'),
          ul([
            '**Données** : e-mail et, facultativement, prénom.',
            '**Finalité** : vous adresser nos nouveaux articles, livres blancs et webinaires.',
            '**Base légale** : votre consentement (article 6.1.a), recueilli par une case non cochée par défaut, distincte des autres formulaires. Chaque envoi contient un lien de désinscription.',
          ]),
          h3('Candidature pour rejoindre le réseau de freelances'),
          ul([
            '**Données** : identité, coordonnées, métier, spécialités, zone d’intervention, expérience et message.',
            '**Finalité** : étudier votre candidature et, si elle est retenue, organiser les missions.',
            '**Base légale** : mesures précontractuelles prises à votre demande (article 6.1.b) ; conservation au-delà de la décision avec votre consentement (article 6.1.a).',
          ]),
          h3('Profils publics des freelances'),
          p(
            'Les profils affichés sur le site (prénom, initiale du nom, photo, métier, parcours) sont publiés sur la base du consentement de chaque freelance, qui peut le retirer à tout moment : le profil est alors retiré du site.',
          ),
          h3('Sécurité du site et lutte contre les abus'),
          p(
            'Nos formulaires sont protégés contre les envois automatisés par des techniques qui ne déposent aucun cookie et ne font appel à aucun service tiers. Les journaux techniques du serveur sont utilisés pour assurer la sécurité du site, sur la base de notre intérêt légitime (article 6.1.f).',
          ),
          h2('3. Qui a accès à vos données ?'),
          ul([
            'Les membres de notre équipe habilités : conseillers commerciaux et, pour les contenus, l’équipe marketing.',
            'La freelance pressentie pour votre mission, pour les seules informations utiles à la préparer, après votre accord.',
            'Nos sous-traitants techniques (hébergement du site, envoi des e-mails), liés par contrat, qui agissent sur nos instructions et hébergent les données dans l’Union européenne.',
          ]),
          p(
            'Vos données ne sont ni vendues, ni louées, ni cédées à des tiers à des fins commerciales. Aucun transfert n’a lieu hors de l’Union européenne.',
          ),
          h2('4. Combien de temps les conservons-nous ?'),
          ul([
            '**Prospects** (contact, rappel, diagnostic, devis, livre blanc, webinaire) : trois ans à compter de votre dernier contact à votre initiative, puis suppression.',
            '**Clients** : pendant la relation contractuelle, puis le temps des obligations légales (dix ans pour les pièces comptables).',
            '**Candidatures de freelances** : deux ans si vous y consentez, afin de vous proposer d’autres missions ; à défaut, trois mois après la décision prise sur votre candidature.',
            '**Lettre d’information** : jusqu’à votre désinscription.',
            '**Envois non confirmés ou retenus par nos filtres anti-spam** (par exemple un formulaire envoyé sans JavaScript dont la page « Confirmez votre demande » est restée sans réponse) : trente jours, le temps que notre équipe les vérifie, puis suppression.',
            '**Journaux techniques** : six mois.',
          ]),
          h2('5. Cookies et traceurs'),
          p(
            'Ce site ne dépose **aucun cookie publicitaire, aucun traceur de réseau social ni aucun outil de mesure d’audience tiers**. C’est pourquoi aucun bandeau ne vous demande votre consentement. Si cela devait changer, votre accord préalable serait recueilli.',
          ),
          h2('6. Vos droits'),
          p('Vous disposez des droits suivants sur vos données :'),
          ul([
            'le droit d’accès et de rectification ;',
            'le droit à l’effacement ;',
            'le droit à la limitation du traitement ;',
            'le droit d’opposition, notamment à toute prospection, à tout moment et sans motif ;',
            'le droit à la portabilité des données que vous nous avez fournies ;',
            'le droit de retirer votre consentement à tout moment, sans que cela remette en cause les traitements passés ;',
            'le droit de définir des directives relatives au sort de vos données après votre décès.',
          ]),
          p(
            `Pour les exercer, écrivez à [${company.privacyEmail}](mailto:${company.privacyEmail}) ou par courrier à notre siège. Nous vous répondons dans un délai d’**un mois** à compter de la réception de votre demande ; ce délai peut être prolongé de deux mois pour une demande complexe, auquel cas nous vous en informons. Nous pourrons vous demander de justifier de votre identité en cas de doute raisonnable.`,
          ),
          h2('7. Réclamation'),
          p(
            'Si vous estimez que vos droits ne sont pas respectés, vous pouvez introduire une réclamation auprès de la Commission nationale de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou en ligne sur [cnil.fr](https://www.cnil.fr/fr/plaintes).',
          ),
          h2('8. Sécurité'),
          p(
            'Nous mettons en œuvre des mesures adaptées pour protéger vos données : chiffrement des échanges, accès nominatifs et limités aux personnes qui en ont besoin, liens de téléchargement à durée limitée, sauvegardes régulières.',
          ),
          h2('9. Modifications'),
          p(
            'Cette politique peut évoluer. La version applicable est celle publiée sur cette page ; chaque formulaire enregistre la version en vigueur au moment de votre demande.',
          ),
        ],
        'pages:politique-de-confidentialite:richContent',
      ),
    },
  ],
}
