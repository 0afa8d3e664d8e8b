using System.Text;

namespace Archive.Core.Tests;

internal static class CodePages
{
    public static Encoding Windows1256
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1256);
        }
    }
}
