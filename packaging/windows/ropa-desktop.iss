; Inno Setup script: the Windows installer of ropa-desktop, with the .ropa file association.
;
; PyInstaller makes the program folder (dist\ropa-desktop) but cannot tell Windows that .ropa files
; open with it; this installer does, in the current user's registry (no administrator needed), and
; removes the association again on uninstall. Built by .github/workflows/bundle.yml:
;
;   iscc /DAppVersion=1.2.3 packaging\windows\ropa-desktop.iss   ->  dist\ropa-desktop-1.2.3-setup.exe

#define AppName "ropa-desktop"
#define AppExe "ropa-desktop.exe"
#define RegisterExt ".ropa"
#define ProgId "ropa-desktop.register"
#define TypeName "ropa-desktop register"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; AppId ties upgrades and the uninstaller to this program: never change it.
AppId={{6F1C2B3A-8E54-4D0B-9A57-3C2E1F0D7B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; A DPO seldom has administrator rights: install for the current user unless they choose otherwise.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=packaging\windows\ropa-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
; Explorer reloads file icons and "Open with" after the registry entries below change.
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\ropa-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .ropa -> our ProgID; the ProgID names the type, its icon (the program's own, index 0) and how to open
; a file: the program with the file's path as its argument, which app.main opens.
Root: HKA; Subkey: "Software\Classes\{#RegisterExt}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#RegisterExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{#TypeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#RegisterExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
