"""Portuguese phrases (Brazil and Portugal). Folded text: "não" is ``nao``, "endereço"
``endereco``, "você" ``voce``.

Localized Exchange reports carry the Portuguese heading ("Falha na entrega aos seguintes
destinatários ou grupos", pastebin.com/BxEWDHGy); there the cause was the recipient server's
check of *our* sender ("Sender verify failed"), which the English sender-side table reads as
a block before its "No Such User Here". Numbers are stable: append, never renumber.
"""

from __future__ import annotations

from bouncesink.classify.patterns.table import Pattern
from bouncesink.types import Reason as R

_SEED_W = (
    "the product's seed (design.md: the provider's description of bad domain, bad mailbox, "
    "inactive mailbox)"
)

ENTRIES: tuple[Pattern, ...] = (
    Pattern(
        R.MAILBOXFULL,
        1,
        r"caixa (?:postal|de correio|de entrada)? ?(?:esta )?(?:cheia|lotada)|(?:cota|quota) "
        r"(?:excedida|esgotada|ultrapassada)",
        "552 5.2.2 Caixa postal cheia",
        source=(
            "RFC 3463 §3.3 (X.2.2 mailbox full); RFC 5321 §4.2.2 (552 exceeded storage "
            "allocation), Portuguese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.EMAILTOOLARGE,
        1,
        r"mensagem (?:e )?(?:muito|demasiado) grande|tamanho (?:da mensagem )?(?:excede|"
        r"ultrapassa)",
        "552 Mensagem muito grande",
        source=(
            "RFC 3463 §3.4 (X.3.4 message too big for system), Portuguese wording; no server "
            "sample on record"
        ),
    ),
    Pattern(
        R.SUSPEND,
        1,
        r"(?:conta|caixa postal|usuario|utilizador)(?: de e-?mail)? (?:esta |foi "
        r")?(?:desativad[oa]|suspens[oa]|inativ[oa]|bloquead[oa])",
        "550 Conta desativada",
        source=(
            "RFC 3463 §3.3 (X.2.1 mailbox disabled, not accepting messages), Portuguese "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.USERUNKNOWN,
        1,
        r"(?:usuario|utilizador|endereco|conta|caixa postal|destinatario)(?: de e-?mail)? (?:e "
        r")?(?:desconhecid[oa]|inexistente|nao existe|invalid[oa]|nao encontrad[oa])",
        "550 5.1.1 Usuario desconhecido",
        source=(
            "RFC 3463 §3.2 (X.1.1 bad destination mailbox address), Portuguese wording; no "
            "server sample on record"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        1,
        r"dominio (?:e )?(?:desconhecido|inexistente|nao existe)",
        "550 Dominio inexistente",
        source=(
            "RFC 3463 §3.2 (X.1.2 bad destination system address), Portuguese wording; no "
            "server sample on record"
        ),
    ),
    # --- added: the seed's hard classes in Portuguese -------------------------------------------
    Pattern(
        R.USERUNKNOWN,
        2,
        r"nao foi possivel encontrar o endereco(?: de e-?mail)?|endereco(?: de e-?mail)? (?:que "
        r"voce (?:inseriu|digitou) )?(?:nao (?:foi encontrado|existe|e valido)|inexistente)|"
        r"(?:caixa postal|caixa de correio|usuario|destinatario|conta) (?:nao (?:existe|"
        r"encontrad[oa]|disponivel)|indisponivel)",
        "550 5.1.1 O endereço de e-mail que você inseriu não foi encontrado",
        source="RFC 3463 §3.2 (X.1.1) and RFC 5321 550 ('mailbox unavailable'), Portuguese "
        "wording; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        2,
        r"(?:conta|caixa postal|usuario|endereco)(?: de e-?mail)?(?: do destinatario)? (?:esta |"
        r"foi )?(?:encerrad[oa]|cancelad[oa]|expirad[oa]|desabilitad[oa]|nao (?:esta )?ativ[oa])",
        "550 5.2.1 A conta do destinatário foi encerrada",
        source="RFC 3463 §3.3 (X.2.1), Portuguese wording of the seed's 'closed, expired, "
        "deactivated'; no server sample on record",
    ),
    Pattern(
        R.HOSTUNKNOWN,
        2,
        r"dominio (?:invalido|nao encontrado|nao (?:e )?valido|incorreto)|nome de dominio (?:nao "
        r"existe|inexistente|desconhecido)",
        "550 5.1.2 Domínio não encontrado",
        source="RFC 3463 §3.2 (X.1.2), Portuguese wording; no server sample on record",
    ),
    Pattern(
        R.MAILBOXFULL,
        2,
        r"(?:caixa postal|caixa de (?:correio|entrada)|conta)(?: do destinatario)? (?:esta "
        r")?(?:cheia|lotada|sem espaco)|(?:excedeu|ultrapassou) (?:a |sua )?(?:cota|quota)|espaco "
        r"(?:de armazenamento )?insuficiente",
        "552 5.2.2 A caixa postal do destinatário está cheia",
        source="RFC 3463 §3.3 (X.2.2), Portuguese wording; no server sample on record",
    ),
    # --- sender side ----------------------------------------------------------------------------
    Pattern(
        R.REJECTED,
        1,
        r"(?:endereco(?: de e-?mail)?|dominio) do remetente (?:nao (?:e )?valido|invalido|"
        r"rejeitado|desconhecido|nao existe|bloqueado)|remetente (?:invalido|rejeitado|"
        r"desconhecido|bloqueado|nao autorizado|nao permitido)",
        "553 5.1.8 Endereço do remetente inválido",
        source="RFC 3463 §3.2 (X.1.7 / X.1.8), Portuguese wording; no server sample on record",
    ),
    Pattern(
        R.BLOCKED,
        1,
        r"\bip\b.{0,40}(?:bloquead[oa]|rejeitad[oa]|listad[oa])|lista negra",
        "554 Seu endereço IP está bloqueado (lista negra)",
        source="RFC 3463 §3.8 (X.7.1) refusing the sending host, Portuguese wording; no server "
        "sample on record",
        hint=("bloquead", "rejeitad", "listad", "lista negra"),
    ),
    Pattern(
        R.SPAMDETECTED,
        1,
        r"(?:considerad[oa]|identificad[oa]|classificad[oa]|detectad[oa]) como (?:spam|lixo "
        r"eletronico|indesejad[oa])|lixo eletronico|mensagem (?:nao solicitada|indesejada)",
        "550 Mensagem classificada como lixo eletrônico",
        source="RFC 3463 §3.8 (X.7.1) with a spam verdict, Portuguese wording; no server sample "
        "on record",
    ),
    Pattern(
        R.POLICYVIOLATION,
        1,
        r"(?:viola|violacao d[ao]s?) (?:a |as )?politicas?|por (?:motivos|razoes) de (?:politica|"
        r"seguranca)",
        "550 Mensagem rejeitada por motivos de segurança",
        source="RFC 3463 §3.8 (X.7.1 local policy), Portuguese wording; no server sample on record",
    ),
    Pattern(
        R.NORELAYING,
        1,
        r"relay (?:nao permitido|negado)|retransmissao (?:nao permitida|negada)",
        "554 Relay não permitido",
        source="RFC 5321 §3.6.2 (relaying refused), Portuguese wording; no server sample on record",
    ),
    # --- temporary ------------------------------------------------------------------------------
    Pattern(
        R.SYSTEMERROR,
        1,
        r"temporariamente (?:indisponivel|bloquead[oa])|tente (?:novamente )?mais tarde|(?:erro|"
        r"falha) temporari[ao]",
        "450 Caixa postal temporariamente indisponível, tente novamente mais tarde",
        source="RFC 5321 §4.2.1 (4yz: may succeed later), Portuguese wording; no server sample "
        "on record",
    ),
    Pattern(
        R.NOTACCEPT,
        1,
        r"dominio[^.]{0,30}nao aceita (?:e-?mails?|mensagens|correio)",
        "556 O domínio não aceita e-mails",
        source=(
            "RFC 7505 (null MX) / RFC 7504 (556), Portuguese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.HOSTUNKNOWN,
        3,
        # not where the reply asks to be tried later (a state, not the address)
        r"(?:\bdominio ja nao existe|\bdominio (?:esta )?(?:indisponivel|nao (?:esta )?disponivel))"
        r"(?![^.;]{0,60}tarde)",
        "550 Domínio indisponível / O domínio já não existe",
        source=_SEED_W
        + " ('domain ... unavailable, no longer in use'), Portuguese wording (pt-PT 'já não')",
    ),
    Pattern(
        R.USERUNKNOWN,
        3,
        r"caixa de correio (?:e )?(?:inexistente|invalida|desconhecida|nao encontrada|nao "
        r"existe)|endereco (?:do )?destinatario (?:foi )?(?:rejeitado|recusado)",
        "550 Caixa de correio inexistente / Endereço do destinatário rejeitado",
        source=_SEED_W
        + " ('mailbox ... none, bad, unknown, not found; recipient address rejected'), "
        "Portuguese wording (pt-PT 'caixa de correio')",
    ),
    Pattern(
        R.SUSPEND,
        3,
        r"caixa (?:de correio|postal) (?:esta )?(?:inativa|desativada|desabilitada)",
        "550 Caixa de correio inativa",
        source=_SEED_W + " ('the mailbox is no longer active'), Portuguese wording",
    ),
    Pattern(
        R.SYSTEMERROR,
        2,
        # "unavailable" with a request to be tried later: a state of the mailbox, not
        # its verdict (RFC 5321 §4.2.1); scanned before the hard "unavailable" entries
        r"\b(?:caixa postal|caixa de correio|dominio|endereco|conta|destinatario) (?:esta )?"
        r"(?:indisponivel|nao (?:esta )?disponivel).{0,60}mais tarde",
        "550 Caixa postal indisponível, tente novamente mais tarde",
        source=_SEED_W + " (its temporary forms stay soft), Portuguese wording; RFC 5321 §4.2.1",
        early=True,
    ),
    Pattern(
        R.NETWORKERROR,
        1,
        r"(?:conexao|ligacao)\b.{0,30}(?:recusada|perdida|interrompida|encerrada|redefinida|expirou"
        r"|esgotad|falhou)|tempo (?:limite|de espera) (?:da (?:conexao|ligacao) )?esgotado|(?:o "
        r")?servidor (?:remoto )?nao responde|sem resposta do (?:servidor|host)|sem rota",
        "A ligação foi interrompida pelo servidor remoto",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Portuguese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        2,
        r"loop de (?:e-?mail|correio|roteamento|entrega)|loop detectado|(?:numero "
        r"excessivo|excesso) de saltos|muitos saltos",
        "554 Loop de entrega: muitos saltos",
        source=(
            "the product's seed (design.md, 'Vocabulary': routing: mail loop, too many hops); RFC "
            "3463 §3.5 (X.4.6 routing loop detected); RFC 5321 §6.3 (loop detection by hop count), "
            "Portuguese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.MAILERERROR,
        1,
        r"mal configurad|configurad[oa] incorretamente|erro de configuracao",
        "451 O servidor de e-mail está configurado incorretamente",
        source=(
            "the product's seed (design.md, 'Vocabulary': configuration: server misconfigured, "
            "local configuration error); RFC 3463 §3.4 (X.3.5 system incorrectly configured), "
            "Portuguese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.CONTENTERROR,
        1,
        r"mensagem\b.{0,40}(?:formato (?:invalido|incorreto)|mal formada|malformada)",
        "554 A mensagem está malformada",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: message refused as malformed, a "
            "refusal of our content); RFC 3463 §3.7 (X.6.0 other or undefined media error); RFC "
            "5322, Portuguese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.POLICYVIOLATION,
        2,
        r"anexos?\b.{0,40}(?:nao (?:permitid|autorizad|aceit)|proibid|bloquead)",
        "552 Anexo proibido (.exe)",
        source=(
            "the product's seed (design.md, 'Vocabulary': content: attachment type not allowed, a "
            "refusal of our content); RFC 3463 §3.8 (X.7.1 delivery not authorized, message "
            "refused), Portuguese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.FILTERED,
        1,
        r"filtro de conteudo",
        "550 Bloqueada pelo filtro de conteúdo",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rejected by content filter); read "
            "as the English table reads 'content filter' (text:en:filtered:01), Portuguese "
            "wording; no server sample on record"
        ),
    ),
    Pattern(
        R.RATELIMITED,
        1,
        r"(?:muitas|demasiadas) (?:mensagens|conexoes|ligacoes)|limite de envio",
        "421 Muitas conexões a partir do seu IP",
        source=(
            "the product's seed (design.md, 'Vocabulary': spam: rate limited, too many messages); "
            "RFC 3463 §3.5 (X.4.5 mail system congestion), Portuguese wording; no server sample on "
            "record"
        ),
    ),
    Pattern(
        R.NETWORKERROR,
        3,
        r"tempo esgotado\b.{0,30}(?:conect|conexao|ligacao|ligar)|tempo (?:limite|de espera) "
        r"esgotado",
        "Tempo esgotado na conexão",
        source=(
            "the product's seed (design.md, 'Vocabulary': no answer from host: timed out, refused; "
            "bad connection: lost, reset); RFC 3463 §3.5 (X.4.1 no answer from host, X.4.2 bad "
            "connection), Portuguese wording; no server sample on record"
        ),
    ),
    Pattern(
        R.REJECTED,
        2,
        # A reply answers the client that sent the message: "a tua conta", and "sua/seu" at the
        # start of a sentence (within one, they may be the recipient's: "his, her"), are our
        # sender's own account, address or domain; "seu destinatário" is the recipient.
        r"(?:(?:^|(?<=[0-9.!?:;>\]] ))(?:a |o )?(?:sua|seu)|\b(?:a |o )?(?:tua|teu)) (?:conta|caixa"
        r" "
        r"postal|endereco(?: de e-?mail| de correio(?: eletronico)?| eletronico)?|e-?mail|dominio) "
        r"(?:foi |esta |e |se encontra )?(?:temporariamente |permanentemente )?(?:suspens[oa]|"
        r"desativad[oa]|desabilitad[oa]|bloquead[oa]|encerrad[oa]|cancelad[oa]|invalid[oa]|"
        r"desconhecid[oa]|inexistente|nao (?:e )?valid[oa]|nao existe)|\bvoce nao (?:tem "
        r"permissao|esta autorizad[oa]) para (?:enviar|mandar)|\bnao (?:tem|tens) permissao para "
        r"(?:enviar|mandar)",
        "550 Sua conta foi suspensa",
        source="RFC 5321 §4.2 (a reply answers the SMTP client: 'sua/seu' is the sender) and "
        "RFC 3463 §3.2/§3.8 (X.1.7/X.1.8 bad sender's address, X.7.1), Portuguese wording; no "
        "server sample on record",
        early=True,
    ),
    Pattern(
        R.USERUNKNOWN,
        4,
        # The recipient's address with a relative clause before its predicate ("a caixa postal
        # que você tentou contatar não existe").
        r"\b(?:caixa postal|caixa de correio|conta|endereco(?: de e-?mail)?|usuario|destinatario)"
        r"(?: (?:que|a qual|ao qual|para a qual|para o qual|para quem|com quem) [^.;:!?]{1,40}?| do"
        r" "
        r"(?:seu|teu) destinatario) (?:nao existe|e (?:desconhecid[oa]|inexistente|invalid[oa])|"
        r"nao e valid[oa]|nao foi encontrad[oa])",
        "550 A caixa postal que você tentou contatar não existe",
        source=_SEED_W + " ('unknown, not found, no longer valid'); RFC 3463 §3.2 (X.1.1), "
        "Portuguese wording; no server sample on record",
    ),
    Pattern(
        R.SUSPEND,
        4,
        # ... or disabled, also "a conta do destinatário foi desativada".
        r"\b(?:caixa postal|caixa de correio|conta|endereco(?: de e-?mail)?)(?: (?:que|a qual|ao "
        r"qual|para a qual|para o qual) [^.;:!?]{1,40}?| do(?: seu| teu)? destinatario) (?:foi |est"
        r"a "
        r"|encontra-se )?(?:desativad[oa]|suspens[oa]|desabilitad[oa]|encerrad[oa]|bloquead[oa]|"
        r"inativ[oa])",
        "550 A conta para a qual você está escrevendo foi desativada",
        source=_SEED_W + " ('the mailbox exists but is no longer active'); RFC 3463 §3.3 (X.2.1), "
        "Portuguese wording; no server sample on record",
    ),
)
