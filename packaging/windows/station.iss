; Inno Setup script for Station: a per-machine install with Start-menu shortcuts and an uninstaller.
; Built by packaging/build.py on Windows:
;   iscc /DAppVersion=0.1.0 /DBundleDir=...\dist\station /Oout station.iss
; and, to sign the setup and the uninstaller (build.py does it when STATION_WIN_CERT is set):
;   iscc /DSign "/Sstationsign=$qsigntool.exe$q sign /f $qcert.pfx$q /fd sha256 ... $f" ...
; Each user's settings are in %LOCALAPPDATA%\Station\Station (platformdirs: station.toml; data and logs
; under it too). A warehouse-wide configuration goes in %PROGRAMDATA%\Station\station.toml: created here
; writable by administrators only, readable by every user.

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
SetupLogging=yes
InfoAfterFile=after-install.txt
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
#ifdef Sign
SignTool=stationsign
SignedUninstaller=yes
#endif

[InstallDelete]
; An upgrade replaces the whole bundle: Qt plugins and libraries an older version shipped and this one
; no longer does would otherwise stay and be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Dirs]
; No "users-modify": a counter's account must not rewrite server.url or the CA file for the machine.
; ProgramData's inherited ACL would still let users create files here, so [Code] below replaces it with
; administrators and SYSTEM: full control, users: read (icacls, by SID, for any Windows language).
Name: "{commonappdata}\Station"; Permissions: admins-full system-full users-readexec

[UninstallDelete]
Type: files; Name: "{app}\self-test.log"

[Icons]
Name: "{group}\Station"; Filename: "{app}\station.exe"; Comment: "Count stock at this warehouse"
Name: "{group}\Station (demo)"; Filename: "{app}\station.exe"; Parameters: "--demo"; Comment: "Training with demo data: log in as counter1, PIN 1111 (supervisor: 9999)"
Name: "{group}\Uninstall Station"; Filename: "{uninstallexe}"

[Code]
// Machine-wide settings: writable by administrators only. Inheritance from ProgramData is removed
// (S-1-5-32-544 Administrators, S-1-5-18 SYSTEM: full; S-1-5-32-545 Users: read and execute).
procedure LockSiteConfig();
var
  ResultCode: Integer;
begin
  if not Exec(ExpandConstant('{sys}\icacls.exe'),
              '"' + ExpandConstant('{commonappdata}\Station') + '" /inheritance:r /grant:r ' +
              '*S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /T /Q',
              '', SW_HIDE, ewWaitUntilTerminated, ResultCode) then
    ResultCode := -1;
  Log(Format('icacls on the machine-wide settings folder: exit code %d', [ResultCode]));
end;

// Runs station-cli.exe --self-test after the files are installed; its output goes to
// {app}\self-test.log and into Setup's log (/LOG). A failure is reported in a message box that silent
// installs suppress; the console twin never opens PyInstaller's error dialog.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Output: AnsiString;
  LogFile: String;
begin
  if CurStep = ssPostInstall then
  begin
    LockSiteConfig();
    WizardForm.StatusLabel.Caption := 'Checking the installation…';
    LogFile := ExpandConstant('{tmp}\self-test.log');
    if not Exec(ExpandConstant('{cmd}'),
                '/C ""' + ExpandConstant('{app}\station-cli.exe') + '" --self-test > "' + LogFile + '" 2>&1"',
                ExpandConstant('{app}'), SW_HIDE, ewWaitUntilTerminated, ResultCode) then
      ResultCode := -1;
    if LoadStringFromFile(LogFile, Output) then
      Log('station-cli --self-test output:' + #13#10 + String(Output));
    Log(Format('station-cli --self-test exit code: %d', [ResultCode]));
    if ResultCode <> 0 then
    begin
      // Suppressed by /SUPPRESSMSGBOXES (silent installs by Intune or SCCM): never a dialog that waits.
      SuppressibleMsgBox(Format('Station is installed, but its self-test failed (exit code %d). ' +
        'See %s, or run "station-cli --self-test" in the installation folder.',
        [ResultCode, ExpandConstant('{app}\self-test.log')]), mbError, MB_OK, IDOK);
    end;
    // Kept next to the app for IT: Setup's exit code cannot carry it (the files are installed by now).
    FileCopy(LogFile, ExpandConstant('{app}\self-test.log'), False);
  end;
end;
