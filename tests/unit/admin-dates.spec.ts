import type { CollectionConfig, Config, DateField, Field } from 'payload'

import { describe, expect, it } from '@jest/globals'
import { buildConfig } from 'payload'

import { dateChoiceOf } from '../../src/admin/dates/date-choice'
import { adminDatesPlugin } from '../../src/admin/dates/plugin'
import { databaseAdapterFor } from '../../src/db/database-adapter'

const DATE_CELL = '/src/admin/dates/DateCell#DateCell'
const OWN_CELL = '/elsewhere#OwnCell'

const DATE_AS_READ = '/src/admin/dates/DateAsRead#DateAsRead'
const OWN_AFTER_INPUT = '/elsewhere#OwnAfterInput'

const posts: CollectionConfig = {
  slug: 'posts',
  fields: [
    { name: 'title', type: 'text' },
    { name: 'publishedAt', type: 'date' },
    { name: 'embargoUntil', type: 'date', admin: { components: { Cell: OWN_CELL } } },
    {
      name: 'since',
      type: 'date',
      admin: { date: { displayFormat: 'd MMMM yyyy', pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'period',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
            {
              name: 'at',
              type: 'date',
              admin: {
                components: { afterInput: [OWN_AFTER_INPUT] },
                date: { pickerAppearance: 'timeOnly' },
              },
            },
          ],
        },
      ],
    },
  ],
}
const untimed: CollectionConfig = {
  slug: 'untimed',
  timestamps: false,
  fields: [{ name: 'at', type: 'date' }],
}

const sanitized = (plugins: Config['plugins']) =>
  buildConfig({
    collections: [posts, untimed],
    db: databaseAdapterFor('file::memory:'),
    plugins,
    secret: 'admin dates',
  })

const byName = (fields: Field[]) =>
  Object.fromEntries(fields.flatMap((field) => ('name' in field ? [[field.name, field]] : [])))

const cellOf = (field: Field | undefined) =>
  (field?.admin as { components?: { Cell?: unknown } } | undefined)?.components?.Cell

/**
 * What configures a timestamp, its label called and its cell left out; Payload
 * also gives a declared field its date validation and a place for hooks.
 */
const configured = (field: Field) => {
  const { components, ...admin } = (field.admin ?? {}) as Record<string, unknown>
  const { Cell: _cell, ...otherComponents } = (components ?? {}) as Record<string, unknown>
  const { index, label, name, type } = field as DateField
  return {
    admin: {
      ...admin,
      ...(Object.keys(otherComponents).length && { components: otherComponents }),
    },
    index,
    label: typeof label === 'function' ? label({ t: String } as never) : label,
    name,
    type,
  }
}

describe('admin dates', () => {
  it('takes a user’s choice from their account, the default where they made none', () => {
    expect(dateChoiceOf(null)).toEqual({ digits: 'arab', hijri: false })
    expect(dateChoiceOf({ dateDigits: null, hijriDate: null })).toEqual({
      digits: 'arab',
      hijri: false,
    })
    expect(dateChoiceOf({ dateDigits: 'latn', hijriDate: true })).toEqual({
      digits: 'latn',
      hijri: true,
    })
  })

  it('gives every date column the date cell, and keeps a cell of its own', async () => {
    const config = await sanitized([adminDatesPlugin])
    const [timed, other] = config.collections
    const fields = byName(timed!.fields)
    for (const name of ['publishedAt', 'createdAt', 'updatedAt'])
      expect([name, cellOf(fields[name])]).toEqual([name, DATE_CELL])
    expect(cellOf(fields.embargoUntil)).toBe(OWN_CELL)
    expect(cellOf(fields.title)).toBeUndefined()
    expect(cellOf(byName(other!.fields).at)).toBe(DATE_CELL)
    expect(byName(other!.fields).createdAt).toBeUndefined()
  })

  it('declares Payload’s own timestamps, the same but for the cell', async () => {
    const [withPlugin, without] = await Promise.all([sanitized([adminDatesPlugin]), sanitized([])])
    const timestamps = (config: typeof without) =>
      config.collections[0]!.fields.filter(
        (field) => 'name' in field && ['createdAt', 'updatedAt'].includes(field.name),
      )
    expect(timestamps(withPlugin).map(configured)).toEqual(timestamps(without).map(configured))
  })

  it('writes every visible date under its picker as the reader reads dates, at any depth', async () => {
    const config = await sanitized([adminDatesPlugin])
    const fields = byName(config.collections[0]!.fields)
    const afterInput = (field: Field | undefined) =>
      (field?.admin as { components?: { afterInput?: unknown[] } } | undefined)?.components
        ?.afterInput
    const asRead = (show: string) => ({ clientProps: { show }, path: DATE_AS_READ })
    expect(afterInput(fields.publishedAt)).toEqual([asRead('dateTime')])
    const period = byName((fields.period as { fields: { fields: Field[] }[] }).fields[0]!.fields)
    expect(afterInput(period.day)).toEqual([asRead('date')])
    expect(afterInput(period.at)).toEqual([OWN_AFTER_INPUT, asRead('time')])
    // Timestamps are hidden in the edit view: nothing is written under them.
    expect(afterInput(fields.createdAt)).toBeUndefined()
    expect(afterInput(fields.title)).toBeUndefined()
  })

  it('has every visible picker write the day first, unless the field says how', async () => {
    const config = await sanitized([adminDatesPlugin])
    const fields = byName(config.collections[0]!.fields)
    const picker = (field: Field | undefined) =>
      (field?.admin as { date?: { displayFormat?: string; timeFormat?: string } }).date
    expect(picker(fields.publishedAt)).toMatchObject({ displayFormat: 'dd/MM/yyyy' })
    expect(picker(fields.since)).toMatchObject({ displayFormat: 'd MMMM yyyy' })
    const period = byName((fields.period as { fields: { fields: Field[] }[] }).fields[0]!.fields)
    expect(picker(period.day)).toEqual({ displayFormat: 'dd/MM/yyyy', pickerAppearance: 'dayOnly' })
    expect(picker(period.at)).toEqual({
      displayFormat: 'HH:mm',
      pickerAppearance: 'timeOnly',
      timeFormat: 'HH:mm',
    })
    // What no one edits keeps Payload's own.
    expect(picker(fields.createdAt)?.displayFormat).toBeUndefined()
  })
})
