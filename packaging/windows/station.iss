; Inno Setup script for Station: a per-machine install with a Start-menu shortcut and an uninstaller.
; Built by packaging/build.py on Windows: iscc /DAppVersion=0.1.0 /DBundleDir=...\dist\station /Oout station.iss
; Settings and data live per user under %APPDATA%\Station and %LOCALAPPDATA%\Station (platformdirs);
; a warehouse-wide configuration goes in %PROGRAMDATA%\Station\station.toml, created here for IT to edit.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\installers\dist\station"
#endif

[Setup]
AppId={{7D0F6B52-4C1E-4E4A-9E0B-5C7A1F2B9A31}
AppName=Station
AppVersion={#AppVersion}
AppPublisher=Station team
DefaultDirName={autopf}\Station
DefaultGroupName=Station
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=Station-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
UninstallDisplayIcon={app}\station.exe
WizardStyle=modern

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Dirs]
Name: "{commonappdata}\Station"; Permissions: users-modify

[Icons]
Name: "{group}\Station"; Filename: "{app}\station.exe"
Name: "{group}\Station (demo)"; Filename: "{app}\station.exe"; Parameters: "--demo"
Name: "{group}\Uninstall Station"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\station.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation…"
