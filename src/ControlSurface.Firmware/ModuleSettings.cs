using System.Runtime.CompilerServices;

// Frame scratch buffers are stackalloc'd per frame and always written before read: skip zeroing them.
[module: SkipLocalsInit]
