import type { JobQueueHealth } from '../../lib/health/jobQueueHealth'
import type { PublishHealth } from '../../lib/health/publishHealth'

const minutes = (s: number) => Math.max(1, Math.round(s / 60))

/** The French warnings the site-status panel shows above everything else. */
export const siteStatusWarnings = ({
  jobs,
  publish,
}: {
  jobs: JobQueueHealth
  publish: PublishHealth
}): string[] => {
  const warnings: string[] = []
  if (jobs.oldestRunnableAgeSeconds > jobs.maxAgeSeconds) {
    warnings.push(
      `La file des tâches est bloquée : ${jobs.runnable} tâche(s) (e-mails, publications) attendent depuis ${minutes(jobs.oldestRunnableAgeSeconds)} min. Prévenez l’administrateur : le worker ne tourne probablement plus.`,
    )
  }
  if (jobs.stalled > 0) {
    warnings.push(
      `${jobs.stalled} tâche(s) sont restées « en cours » plus de ${minutes(jobs.stallSeconds)} min : leur processus s’est arrêté. Prévenez l’administrateur.`,
    )
  }
  if (publish.lastBuildFailed) {
    warnings.push(
      'La dernière publication du site a échoué : le site en ligne n’a pas changé. Ouvrez le journal de la dernière publication, corrigez puis republiez.',
    )
  }
  return warnings
}
