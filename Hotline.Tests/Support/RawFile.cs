using System.Text;

namespace Hotline.Tests.Support;

public static class RawFile
{
    // The bytes of a SQLite database as they lie on disk, write-ahead log included, read while the
    // service may still have it open.
    public static byte[] ReadDatabase(string databaseFile)
    {
        using var all = new MemoryStream();
        foreach (var path in new[] { databaseFile, databaseFile + "-wal" }.Where(File.Exists))
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            file.CopyTo(all);
        }

        return all.ToArray();
    }

    public static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0
        || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;
}
