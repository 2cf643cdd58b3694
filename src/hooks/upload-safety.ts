import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import fs from 'node:fs/promises'
import path from 'node:path'
import { APIError } from 'payload'
import sharp from 'sharp'

import { type Bilingual, inCallerLanguage } from '../lib/caller-language'

/**
 * What an upload may be, judged by its bytes (magic numbers, through `file-type`),
 * with the file-name extensions and declared MIME types that may go with each.
 */
export const UPLOAD_TYPES: Record<string, { extensions: string[]; mimeTypes: string[] }> = {
  'application/pdf': { extensions: ['pdf'], mimeTypes: ['application/pdf'] },
  'image/gif': { extensions: ['gif'], mimeTypes: ['image/gif'] },
  'image/jpeg': {
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
    mimeTypes: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  },
  'image/png': { extensions: ['png'], mimeTypes: ['image/png'] },
  'image/webp': { extensions: ['webp'], mimeTypes: ['image/webp'] },
}

/**
 * Markup anywhere in the bytes makes a file a polyglot: valid as an image or PDF,
 * and as HTML or SVG to whatever sniffs it. None of our images or PDFs need it
 * (XMP metadata uses none), so such a file is refused.
 */
const MARKUP = /<(?:script|html|body|iframe|svg|object|embed|!doctype\s+html)\b/i

/**
 * PDF names (compared lower-cased) that run code, start programs or carry other files.
 * A JavaScript action always names its type /JavaScript, so its /JS key adds nothing
 * (and three bytes occur by chance in compressed streams); names that only trigger
 * an action (/OpenAction, /AA) are harmless once these are refused, and common.
 */
const ACTIVE_PDF_NAMES = new Set([
  'embeddedfile',
  'embeddedfiles',
  'javascript',
  'launch',
  'richmedia',
])

/** A PDF name token: a solidus and the regular characters after it (PDF 32000-1, 7.2.2 and 7.3.5). */
// eslint-disable-next-line no-control-regex
const PDF_NAME = /\/([^\x00\t\n\f\r ()<>[\]{}/%]*)/g

/** A name as the PDF reader sees it: `#xx` is the byte of the two hex digits, so `/Java#53cript` is /JavaScript. */
export const decodePdfName = (raw: string): string =>
  raw.replace(/#([0-9a-f]{2})/gi, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)))

/** True when the bytes (read as latin1) name active PDF content, however the name is spelled. */
export const hasActivePdfName = (text: string): boolean => {
  for (const [, raw] of text.matchAll(PDF_NAME)) {
    if (ACTIVE_PDF_NAMES.has(decodePdfName(raw!).toLowerCase())) return true
  }
  return false
}

/**
 * Images larger than this many pixels (MAX_IMAGE_MEGAPIXELS, default 40) are refused from
 * their header, before anything decodes them: a small file can declare a huge picture
 * (a decompression bomb), which would take seconds and hundreds of MB to resize.
 */
export const maxImagePixels = (env: Record<string, string | undefined> = process.env): number => {
  const megapixels = Number(env.MAX_IMAGE_MEGAPIXELS)
  return (Number.isFinite(megapixels) && megapixels > 0 ? megapixels : 40) * 1_000_000
}

/** Control characters, bidi embeddings/overrides/isolates and zero-width characters in a file name. */
const UNSAFE_NAME_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/u

export const UPLOAD_MESSAGES = {
  badName: {
    ar: 'اسم الملف غير مقبول: لا يجوز أن يحتوي على مسار (/ أو \\ أو ..) أو على محارف تحكم أو محارف اتجاه خفية.',
    en: 'The file name is not acceptable: it may not contain a path (/, \\ or ..), control characters or hidden direction characters.',
  },
  mismatch: (detected: string) => ({
    ar: `محتوى الملف (${detected}) لا يطابق اسمه أو نوعه المعلن.`,
    en: `The file's content (${detected}) does not match its name or declared type.`,
  }),
  noUrl: {
    ar: 'ارفع الملف نفسه: جسور لا تجلب الملفات من روابط خارجية.',
    en: 'Upload the file itself: Jusur does not fetch files from URLs.',
  },
  tooManyPixels: (megapixels: number) => ({
    ar: `الصورة أكبر من المسموح: الحد ${megapixels} ميغابكسل (العرض × الارتفاع × عدد الإطارات). صغّرها ثم ارفعها مجددًا.`,
    en: `The image is too large: the limit is ${megapixels} megapixels (width × height × frames). Scale it down and upload it again.`,
  }),
  unreadableImage: {
    ar: 'تعذّرت قراءة الصورة: الملف تالف أو ناقص.',
    en: 'The image cannot be read: the file is damaged or incomplete.',
  },
  polyglot: {
    ar: 'الملف يحتوي على شيفرة أو وسوم HTML/SVG مدسوسة، فرُفض.',
    en: 'The file contains embedded HTML, SVG or script and was refused.',
  },
  unknownType: (detected: string | undefined) => ({
    ar: `نوع الملف ${detected ? `(${detected}) ` : ''}غير مسموح: المسموح صور JPEG وPNG وWebP وGIF وملفات PDF فقط.`,
    en: `This file type ${detected ? `(${detected}) ` : ''}is not allowed: only JPEG, PNG, WebP and GIF images and PDF files are.`,
  }),
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>

const refuse = (req: PayloadRequest, message: Bilingual, status = 400): never => {
  throw new APIError(inCallerLanguage(req, message), status, null, true)
}

/** Width × height × frames from the image's header alone (sharp's metadata decodes no pixels). */
const pixelCount = async (req: PayloadRequest, bytes: Buffer): Promise<number> => {
  const metadata = await sharp(bytes)
    .metadata()
    .catch(() => refuse(req, UPLOAD_MESSAGES.unreadableImage))
  const { height = 0, pageHeight, pages = 1, width = 0 } = metadata
  return width * (pageHeight ?? height) * pages
}

/** True when a file name is a plain name: no path, no traversal, no control or bidi characters. */
export const isSafeFileName = (name: string): boolean =>
  name.length > 0 &&
  name.length <= 255 &&
  !/[/\\]/.test(name) &&
  name !== '.' &&
  !name.includes('..') &&
  !UNSAFE_NAME_CHARACTERS.test(name) &&
  path.basename(name) === name

type UploadedFile = { data?: Buffer; mimetype?: string; name?: string; tempFilePath?: string }

/** Checks one uploaded file; throws a 400 (413 for too many pixels) in the caller's language when it is refused. */
export const checkUploadedFile = async (req: PayloadRequest, file: UploadedFile): Promise<void> => {
  const name = file.name ?? ''
  if (!isSafeFileName(name)) refuse(req, UPLOAD_MESSAGES.badName)

  const fromDisk = Boolean(file.tempFilePath) && (!file.data || file.data.length === 0)
  const bytes = fromDisk ? await fs.readFile(file.tempFilePath!) : (file.data ?? Buffer.alloc(0))
  const detected = fromDisk
    ? await fileTypeFromFile(file.tempFilePath!)
    : await fileTypeFromBuffer(bytes)
  const allowed = detected ? UPLOAD_TYPES[detected.mime] : undefined
  if (!detected || !allowed) return refuse(req, UPLOAD_MESSAGES.unknownType(detected?.mime))

  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : ''
  const declared = (file.mimetype ?? '').split(';')[0]!.trim().toLowerCase()
  const declaredOk =
    declared === '' ||
    declared === 'application/octet-stream' ||
    allowed.mimeTypes.includes(declared)
  if (!allowed.extensions.includes(extension) || !declaredOk)
    refuse(req, UPLOAD_MESSAGES.mismatch(detected.mime))

  const text = bytes.toString('latin1')
  const readAsPdf = detected.mime === 'application/pdf' || text.includes('%PDF-')
  if (MARKUP.test(text) || (readAsPdf && hasActivePdfName(text)))
    refuse(req, UPLOAD_MESSAGES.polyglot)

  const limit = maxImagePixels()
  if (detected.mime.startsWith('image/') && (await pixelCount(req, bytes)) > limit) {
    refuse(req, UPLOAD_MESSAGES.tooManyPixels(limit / 1_000_000), 413)
  }
}

/**
 * Media's gate for files, before Payload stores anything:
 * - every uploaded file is checked by its content (see checkUploadedFile);
 * - a create must carry the file itself: Payload would otherwise fetch `{ filename, url }`
 *   from the URL given (server-side request on the caller's behalf), which Jusur does not do.
 *   (`upload.pasteURL` is off too, so the admin's "paste URL" endpoint answers 400.)
 */
export const refuseUnsafeUploads: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as UploadedFile | undefined
  if (file) await checkUploadedFile(req, file)
  else if (operation === 'create') refuse(req, UPLOAD_MESSAGES.noUrl)
  return args
}
