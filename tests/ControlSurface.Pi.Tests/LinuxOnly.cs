// The Pi tests run the real scripts, qemu and systemd tools: Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
