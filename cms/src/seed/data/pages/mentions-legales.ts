import { doc, h2, p, paragraphs } from '../../lexical'
import type { PageSeed } from '../../types'
import { company } from '../shared'

export const page: PageSeed = {
  slug: 'mentions-legales',
  title: 'Mentions légales',
  description:
    'Éditeur, directeur de la publication, hébergeur et conditions d’utilisation du site de Vitrine Office Services.',
  layout: () => [
    {
      blockType: 'richContent',
      content: doc(
        [
          p(
            '*Site de démonstration : Vitrine Office Services est une entreprise fictive. Les informations ci-dessous illustrent le contenu attendu de cette page.*',
          ),
          h2('Éditeur du site'),
          p(
            `${company.legalName}, société par actions simplifiée au capital de 20 000 euros, immatriculée au registre du commerce et des sociétés de Lyon sous le numéro ${company.siren}.`,
          ),
          p(
            `Siège social : ${company.address}. Téléphone : ${company.phone}. E-mail : [${company.email}](mailto:${company.email}).`,
          ),
          p('Numéro de TVA intracommunautaire : FR00 912345678.'),
          h2('Directeur de la publication'),
          p(`${company.publisher}, présidente.`),
          h2('Hébergement'),
          p(
            'Le site et ses données sont hébergés en France par un prestataire d’hébergement professionnel, dont les coordonnées sont communiquées sur simple demande adressée à l’éditeur.',
          ),
          h2('Propriété intellectuelle'),
          ...paragraphs(`
            L’ensemble des contenus de ce site (textes, illustrations, livres blancs, logo) est la propriété de Vitrine Office Services, sauf mention contraire. Toute reproduction, même partielle, sans autorisation écrite préalable est interdite, à l’exception des courtes citations accompagnées de la source.

            Les profils des freelances du réseau sont publiés avec leur accord exprès. Ils peuvent retirer cet accord à tout moment ; le profil est alors retiré du site.
          `),
          h2('Responsabilité'),
          p(
            'Les articles publiés sur ce site ont une vocation d’information générale. Ils ne constituent pas un conseil juridique, fiscal ou comptable adapté à votre situation, pour lequel nous vous invitons à consulter un professionnel habilité.',
          ),
          h2('Données personnelles'),
          p(
            'Le traitement de vos données personnelles est décrit dans notre [politique de confidentialité](/politique-de-confidentialite/).',
          ),
        ],
        'pages:mentions-legales:richContent',
      ),
    },
  ],
}
