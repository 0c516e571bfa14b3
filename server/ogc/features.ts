import type { Sql } from '../db'
import { Refusal } from '../message'
import { communeFeatures, communeValueYears } from '../sql/commune-features'
import { borderLineExtent, defenceExtent, unitExtent, villageExtent } from '../sql/feature-extents'
import {
  type Bbox,
  borderLineFeatures,
  type FeaturePage,
  type PageRequest,
  unitFeatures,
  villageFeatures,
} from '../sql/feature-pages'
import { defenceFeatures } from '../sql/layer-pages'
import type { OgcCollection } from './collections'

// What each collection's items and extent come from: one sql/ function per kind of source.

/** The year a request's datetime picks, checked against the years the collection has values for. */
async function chosenYear(sql: Sql, vintage: string, asked: number | undefined): Promise<number | undefined> {
  const years = await communeValueYears(sql, vintage)
  if (asked === undefined) return years.at(-1)
  if (years.includes(asked)) return asked
  throw new Refusal(400, {
    vi: `Tham số sai: datetime: danh sách này không có số liệu năm ${asked}${years.length ? `; các năm có số liệu: ${years.join(', ')}` : ''}.`,
    en: `Bad parameter: datetime: this list has no values for ${asked}${years.length ? `; years with values: ${years.join(', ')}` : ''}`,
  })
}

/** A page of the collection's features; `year` is the year of the values (communes only). */
export async function collectionFeatures(
  sql: Sql,
  collection: OgcCollection,
  request: PageRequest & { year?: number },
): Promise<FeaturePage & { year?: number }> {
  const source = collection.source
  switch (source.kind) {
    case 'communes': {
      const year = await chosenYear(sql, source.vintage, request.year)
      if (year === undefined) return unitFeatures(sql, { ...request, level: 'commune', vintage: source.vintage })
      return { ...(await communeFeatures(sql, { ...request, vintage: source.vintage, year })), year }
    }
    case 'units':
      return unitFeatures(sql, { ...request, level: source.level, vintage: source.vintage })
    case 'villages':
      return villageFeatures(sql, request)
    case 'border_line':
      return borderLineFeatures(sql, request)
    case 'defence':
      return defenceFeatures(sql, source.layer, request)
  }
}

export type CollectionExtent = { bbox: Bbox | null; years: number[] }

/** The collection's spatial extent and the years it has values for. */
export async function collectionExtent(sql: Sql, collection: OgcCollection): Promise<CollectionExtent> {
  const source = collection.source
  switch (source.kind) {
    case 'communes':
      return {
        bbox: await unitExtent(sql, 'commune', source.vintage),
        years: await communeValueYears(sql, source.vintage),
      }
    case 'units':
      return { bbox: await unitExtent(sql, source.level, source.vintage), years: [] }
    case 'villages':
      return { bbox: await villageExtent(sql), years: [] }
    case 'border_line':
      return { bbox: await borderLineExtent(sql), years: [] }
    case 'defence':
      return { bbox: await defenceExtent(sql, source.layer), years: [] }
  }
}
