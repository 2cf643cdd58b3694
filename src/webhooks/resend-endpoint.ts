import type { Endpoint } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { hasRole } from '../access'
import { errorAnswer as answer } from '../lib/caller-language'
import { WEBHOOK_DELIVERIES_SLUG } from './names'
import { queueDelivery } from './queue-deliveries'

/**
 * `POST /api/webhook-deliveries/:id/resend`, admins only: the delivery goes
 * back to `pending` and a new job sends it, with a full set of attempts; the
 * same delivery id, so a receiver that already has it can tell.
 */
export const resendEndpoint: Endpoint = {
  method: 'post',
  path: '/:id/resend',
  handler: async (req) => {
    if (!req.user) return answer(req, 401, { ar: 'سجّل الدخول أولًا.', en: 'Log in first.' })
    if (!hasRole(req.user, 'admin'))
      return answer(req, 403, {
        ar: 'إعادة الإرسال لمديري النظام فقط.',
        en: 'Only administrators may send a delivery again.',
      })
    const id = String(req.routeParams?.id ?? '')
    const notFound = () =>
      answer(req, 404, { ar: 'لا يوجد إشعار بهذا الرقم.', en: 'There is no such delivery.' })
    const idShape = req.payload.db.defaultIDType === 'number' ? /^[1-9]\d{0,14}$/ : /^[\da-f]{24}$/
    if (!idShape.test(id)) return notFound()
    const ownTransaction = await initTransaction(req)
    try {
      // The log is written by the system alone (update access: nobody); the caller is an admin, checked above.
      const { docs } = await req.payload.update({
        collection: WEBHOOK_DELIVERIES_SLUG,
        data: { status: 'pending' },
        depth: 0,
        req,
        where: { id: { equals: id } },
      })
      if (docs.length === 0) {
        if (ownTransaction) await killTransaction(req)
        return notFound()
      }
      await queueDelivery(req, docs[0]!.id)
      if (ownTransaction) await commitTransaction(req)
      return Response.json({ delivery: docs[0] }, { status: 202 })
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      throw error
    }
  },
}
