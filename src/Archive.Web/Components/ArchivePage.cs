using Archive.Web.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Components;

/// <summary>Base of every page: the reader's <see cref="UiState"/> from the URL, the interface strings, navigation.</summary>
public abstract class ArchivePage : ComponentBase
{
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Inject]
    public IStringLocalizer<SharedResource> L { get; set; } = default!;

    [Inject]
    public NavigationManager Nav { get; set; } = default!;

    /// <summary>The reader's state, read from the request as soon as the parameters (and the request) are set.</summary>
    protected UiState Ui { get; private set; } = null!;

    /// <summary>An absolute URL for a path of this site (canonical links, citations).</summary>
    protected string Absolute(string relative) => Nav.ToAbsoluteUri(relative).ToString();

    /// <summary>The site's base address, that relative links of citations resolve against.</summary>
    protected Uri Site => new(Nav.BaseUri);

    /// <summary>Reads <see cref="Ui"/> before the page initialises, so that a render during a slow initialisation has it too.</summary>
    public override Task SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        Ui = UiState.From(HttpContext);
        return base.SetParametersAsync(ParameterView.Empty);
    }

    protected override void OnParametersSet() => Ui = UiState.From(HttpContext);
}
