# Source: about_Classes_Constructors (PowerShell 7.4 docs, ms.date 10/22/2025). Nothing skipped (the Update-TypeData snippet is a template with placeholders, not an example). Where the page's output shows today's date, the chunk first defines a Get-Date function giving the page's day (a function comes before a cmdlet of the same name), so the example itself runs unchanged.
# Example 1
class ExampleBook1 {
    [string]   $Name
    [string]   $Author
    [int]      $Pages
    [datetime] $PublishedOn
}

[ExampleBook1]::new()
#=>
# Name Author Pages PublishedOn
# ---- ------ ----- -----------
#                 0 1/1/0001 12:00:00 AM
---
# Example 2, with Get-Date giving the page's day.
function Get-Date { [datetime]'2023-11-01 10:17:42' }
class ExampleBook2 {
    [string]   $Name
    [string]   $Author
    [int]      $Pages
    [datetime] $PublishedOn

    ExampleBook2() {
        $this.PublishedOn = (Get-Date).Date
        $this.Pages       = 1
    }
}

[ExampleBook2]::new()
#=>
# Name Author Pages PublishedOn
# ---- ------ ----- -----------
#                 1 11/1/2023 12:00:00 AM
---
# Example 3. The error names this file and its line (the page ran the example at a prompt).
class ExampleBook3 {
    [string]   $Name
    [string]   $Author
    [int]      $Pages
    [datetime] $PublishedOn

    ExampleBook3([hashtable]$Info) {
        switch ($Info.Keys) {
            'Name'        { $this.Name        = $Info.Name }
            'Author'      { $this.Author      = $Info.Author }
            'Pages'       { $this.Pages       = $Info.Pages }
            'PublishedOn' { $this.PublishedOn = $Info.PublishedOn }
        }
    }

    ExampleBook3(
        [string]   $Name,
        [string]   $Author,
        [int]      $Pages,
        [datetime] $PublishedOn
    ) {
        $this.Name        = $Name
        $this.Author      = $Author
        $this.Pages       = $Pages
        $this.PublishedOn = $PublishedOn
    }

    ExampleBook3([string]$Name, [string]$Author) {
        $this.Name   = $Name
        $this.Author = $Author
    }
}

[ExampleBook3]::new(@{
    Name        = 'The Hobbit'
    Author      = 'J.R.R. Tolkien'
    Pages       = 310
    PublishedOn = '1937-09-21'
})
[ExampleBook3]::new('The Hobbit', 'J.R.R. Tolkien', 310, '1937-09-21')
[ExampleBook3]::new('The Hobbit', 'J.R.R. Tolkien')
[ExampleBook3]::new()
#=>
# Name       Author         Pages PublishedOn
# ----       ------         ----- -----------
# The Hobbit J.R.R. Tolkien   310 9/21/1937 12:00:00 AM
# The Hobbit J.R.R. Tolkien   310 9/21/1937 12:00:00 AM
# The Hobbit J.R.R. Tolkien     0 1/1/0001 12:00:00 AM
#!>
# MethodException: <casedir>/about_classes_constructors.chunks.ps1:78
# Line |
#   78 |  [ExampleBook3]::new()
#      |  ~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find an overload for "new" and the argument count: "0".
---
# Example 4, with Get-Date giving the page's day (and, given a date, that date).
function Get-Date { param($Date) if ($Date) { [datetime]$Date } else { [datetime]'2023-11-01 10:17:42' } }
class ExampleBook4 {
    [string]   $Name
    [string]   $Author
    [datetime] $PublishedOn
    [int]      $Pages

    ExampleBook4() {
        $this.Init()
    }
    ExampleBook4([string]$Name) {
        $this.Init($Name)
    }
    ExampleBook4([string]$Name, [string]$Author) {
        $this.Init($Name, $Author)
    }
    ExampleBook4([string]$Name, [string]$Author, [datetime]$PublishedOn) {
        $this.Init($Name, $Author, $PublishedOn)
    }
    ExampleBook4(
      [string]$Name,
      [string]$Author,
      [datetime]$PublishedOn,
      [int]$Pages
    ) {
        $this.Init($Name, $Author, $PublishedOn, $Pages)
    }

    hidden Init() {
        $this.Init('Unknown')
    }
    hidden Init([string]$Name) {
        $this.Init($Name, 'Unknown')
    }
    hidden Init([string]$Name, [string]$Author) {
        $this.Init($Name, $Author, (Get-Date).Date)
    }
    hidden Init([string]$Name, [string]$Author, [datetime]$PublishedOn) {
        $this.Init($Name, $Author, $PublishedOn, 1)
    }
    hidden Init(
        [string]$Name,
        [string]$Author,
        [datetime]$PublishedOn,
        [int]$Pages
      ) {
        $this.Name        = $Name
        $this.Author      = $Author
        $this.PublishedOn = $PublishedOn
        $this.Pages       = $Pages
    }
}

[ExampleBook4]::new()
[ExampleBook4]::new('The Hobbit')
[ExampleBook4]::new('The Hobbit', 'J.R.R. Tolkien')
[ExampleBook4]::new('The Hobbit', 'J.R.R. Tolkien', (Get-Date '1937-9-21'))
[ExampleBook4]::new(
    'The Hobbit',
    'J.R.R. Tolkien',
    (Get-Date '1937-9-21'),
    310
)
#=>
# Name       Author         PublishedOn           Pages
# ----       ------         -----------           -----
# Unknown    Unknown        11/1/2023 12:00:00 AM     1
# The Hobbit Unknown        11/1/2023 12:00:00 AM     1
# The Hobbit J.R.R. Tolkien 11/1/2023 12:00:00 AM     1
# The Hobbit J.R.R. Tolkien 9/21/1937 12:00:00 AM     1
# The Hobbit J.R.R. Tolkien 9/21/1937 12:00:00 AM   310
---
# Example 5, base class block (the page's prompts left out).
class BaseExample {
    static [void] DefaultMessage([type]$Type) {
        Write-Verbose "[$($Type.Name)] default constructor"
    }

    static [void] StaticMessage([type]$Type) {
        Write-Verbose "[$($Type.Name)] static constructor"
    }

    static [void] ParamMessage([type]$Type, [Object]$Value) {
        Write-Verbose "[$($Type.Name)] param constructor ($Value)"
    }

    static BaseExample() { [BaseExample]::StaticMessage([BaseExample])  }
    BaseExample()        { [BaseExample]::DefaultMessage([BaseExample]) }
    BaseExample($Value)  { [BaseExample]::ParamMessage([BaseExample], $Value) }
}

class DerivedExample : BaseExample {
    static DerivedExample() { [BaseExample]::StaticMessage([DerivedExample])  }
           DerivedExample() { [BaseExample]::DefaultMessage([DerivedExample]) }

    DerivedExample([int]$Number) : base($Number) {
        [BaseExample]::ParamMessage([DerivedExample], $Number)
    }
    DerivedExample([string]$String) {
        [BaseExample]::ParamMessage([DerivedExample], $String)
    }
}
$VerbosePreference = 'Continue'
$b = [BaseExample]::new()
$b = [BaseExample]::new()
$b = [BaseExample]::new(1)
#=>
# VERBOSE: [BaseExample] static constructor
# VERBOSE: [BaseExample] default constructor
# VERBOSE: [BaseExample] default constructor
# VERBOSE: [BaseExample] param constructor (1)
---
# Example 5, derived class block, in a new session (the page's prompts left out).
class BaseExample {
    static [void] DefaultMessage([type]$Type) {
        Write-Verbose "[$($Type.Name)] default constructor"
    }

    static [void] StaticMessage([type]$Type) {
        Write-Verbose "[$($Type.Name)] static constructor"
    }

    static [void] ParamMessage([type]$Type, [Object]$Value) {
        Write-Verbose "[$($Type.Name)] param constructor ($Value)"
    }

    static BaseExample() { [BaseExample]::StaticMessage([BaseExample])  }
    BaseExample()        { [BaseExample]::DefaultMessage([BaseExample]) }
    BaseExample($Value)  { [BaseExample]::ParamMessage([BaseExample], $Value) }
}

class DerivedExample : BaseExample {
    static DerivedExample() { [BaseExample]::StaticMessage([DerivedExample])  }
           DerivedExample() { [BaseExample]::DefaultMessage([DerivedExample]) }

    DerivedExample([int]$Number) : base($Number) {
        [BaseExample]::ParamMessage([DerivedExample], $Number)
    }
    DerivedExample([string]$String) {
        [BaseExample]::ParamMessage([DerivedExample], $String)
    }
}
$VerbosePreference = 'Continue'
$c = [DerivedExample]::new()
$c = [DerivedExample]::new()
$c = [DerivedExample]::new(1)
$c = [DerivedExample]::new('foo')
#=>
# VERBOSE: [BaseExample] static constructor
# VERBOSE: [DerivedExample] static constructor
# VERBOSE: [BaseExample] default constructor
# VERBOSE: [DerivedExample] default constructor
# VERBOSE: [BaseExample] default constructor
# VERBOSE: [DerivedExample] default constructor
# VERBOSE: [BaseExample] param constructor (1)
# VERBOSE: [DerivedExample] param constructor (1)
# VERBOSE: [BaseExample] default constructor
# VERBOSE: [DerivedExample] param constructor (foo)
