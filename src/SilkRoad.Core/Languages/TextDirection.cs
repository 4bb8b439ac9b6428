namespace SilkRoad.Core.Languages;

public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}
