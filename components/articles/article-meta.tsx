import { formatJapaneseDate } from "@/lib/dates";

/** Published (and updated) date in Japanese, and the reading time. */
export function ArticleMeta({
  publishedAt,
  updatedAt,
  readingMinutes,
  className = "",
}: {
  publishedAt: string;
  updatedAt?: string | null;
  readingMinutes: number;
  className?: string;
}) {
  return (
    <p className={`flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted ${className}`}>
      <span>
        <time dateTime={publishedAt}>{formatJapaneseDate(publishedAt)}</time>公開
      </span>
      {updatedAt && (
        <span>
          <time dateTime={updatedAt}>{formatJapaneseDate(updatedAt)}</time>更新
        </span>
      )}
      <span>約{readingMinutes}分で読めます</span>
    </p>
  );
}
