// Arabic UI strings (right to left). Counts follow Arabic plural rules via Intl.PluralRules.
import { writeNumber } from '../core/model/numbers.js';
import type { AllStrings } from './en.js';

const plural = new Intl.PluralRules('ar');
const num = (n: number) => writeNumber(n, 'ar');

export const ar: AllStrings = {
  dir: 'rtl',
  search: 'البحث عن المنظمات',
  placeholder: 'الاسم أو كلمة مفتاحية',
  sort: 'الترتيب حسب',
  relevance: 'الصلة',
  byName: 'الاسم (أ–ي)',
  filters: 'عوامل التصفية',
  selected: 'عوامل التصفية المختارة',
  clearAll: 'مسح جميع عوامل التصفية',
  remove: (label) => `إزالة عامل التصفية: ${label}`,
  count: (n) => {
    switch (plural.select(n)) {
      case 'zero':
        return 'لم يتم العثور على منظمات';
      case 'one':
        return 'منظمة واحدة';
      case 'two':
        return 'منظمتان';
      case 'few':
        return `${num(n)} منظمات`;
      default:
        return `${num(n)} منظمة`;
    }
  },
  results: 'المنظمات',
  loading: 'جارٍ تحميل المنظمات…',
  empty: 'لا توجد منظمات تطابق بحثك.',
  emptyHint: 'جرّب عددًا أقل من عوامل التصفية أو تهجئة مختلفة.',
  clearSearch: 'مسح البحث',
  error: 'تعذّر تحميل الدليل.',
  retry: 'إعادة المحاولة',
  pages: 'صفحات النتائج',
  prev: 'السابق',
  next: 'التالي',
  page: (page, count) => `الصفحة ${num(page)} من ${num(count)}`,
  close: 'إغلاق',
  website: 'الموقع الإلكتروني',
  email: 'البريد الإلكتروني',
  headquarters: 'المقر الرئيسي',
  countries: 'البلدان',
  languages: 'اللغات',
  partners: 'الشركاء',
  funders: 'الجهات المموِّلة',
  parent: 'جزء من',
  commitments: 'التعهدات',
  source: 'المصدر',
  sources: 'المصادر',
  sourceMark: (n) => `المصدر ${n}`,
  seeking: 'يسعى إلى التعاون مع',
  more: 'مزيد من المعلومات',
  issues: (n) =>
    `تم العثور على ${n === 1 ? 'مشكلة واحدة' : `${num(n)} مشكلات`} في بيانات الدليل؛ قد تكون بعض البطاقات ناقصة أو مفقودة. التفاصيل في وحدة تحكم المتصفح.`,
  dismiss: 'إخفاء',
  suggest: 'اقترح منظمة',
  // Facets fit
  picked: (n) => `المحدَّد: ${n}`,
  pickedName: (label, n) => `${label}، المحدَّد: ${n}`,
  showMore: (n) => `عرض المزيد (${n})`,
  showFewer: 'عرض أقل',
  // Summary
  summary: 'نظرة عامة',
  summaryTable: 'العرض في جدول',
  summaryColumn: 'المنظمات',
  // Search narrows
  closeMatches: (q) => `لا توجد منظمة تطابق كل كلمات «${q}» — تُعرض أقرب النتائج.`,
  // Take it away
  download: 'تنزيل',
  downloadCsv: 'جدول بيانات (CSV)',
  downloadJson: 'ملف بيانات (JSON)',
  print: 'طباعة',
  copyLink: 'نسخ الرابط',
  copyOrganizationLink: 'نسخ الرابط',
  linkCopied: 'تم نسخ الرابط',
  copyManually: 'انسخ هذا الرابط:',
  searched: (text) => `البحث: «${text}»`,
  tooMany: (n, max) =>
    `عدد المنظمات (${num(n)}) أكبر من أن يُؤخذ من الخادم دفعة واحدة: ضيِّق العرض إلى ${num(max)} أو أقل.`,
  // A directory on a server
  reduced: 'لا يتيح خادم هذا الدليل إلا البحث والتصفح: لا مرشحات ولا أعداد ولا ترتيب.',
};
